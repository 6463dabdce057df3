"use client";

import "@xyflow/react/dist/style.css";
import {
  Background,
  Controls,
  Handle,
  MarkerType,
  Position,
  ReactFlow,
  type Edge,
  type Node,
  type NodeProps,
} from "@xyflow/react";
import { useMemo, useState } from "react";
import { useTheme } from "@/components/ui/use-theme";
import { layeredLayout } from "@/lib/ladder/layout";

// The career ladder as an interactive graph: zoom and pan, every role reachable with Tab, Enter shows its moves.
// It is a visual aid; the list twin next to it carries the same roles and moves in text.

export type GraphRole = { slug: string; title: string; level: number };
export type GraphMove = { from: string; to: string; yearsMin: number; yearsMax: number };
type Highlight = { current?: string | null; target?: string | null; path?: string[] };

type RoleData = { title: string; level: number; mark: "current" | "target" | "path" | null };

const nodeBox = "w-48 rounded-md border-2 px-3 py-2 text-left text-xs shadow-sm";
const selectedRing = "ring-4 ring-brand-600/50 dark:ring-brand-300/60";
const markStyles: Record<NonNullable<RoleData["mark"]> | "none", string> = {
  current: "border-brand-700 bg-brand-50 dark:border-brand-300 dark:bg-brand-800",
  target: "border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-900",
  path: "border-brand-600 bg-white dark:border-brand-300 dark:bg-slate-800",
  none: "border-slate-300 bg-white dark:border-slate-600 dark:bg-slate-900",
};
const markLabels = { current: "You are here", target: "Target", path: "On the path" } as const;

function RoleNode({ data, selected }: NodeProps<Node<RoleData>>) {
  return (
    <div className={`${nodeBox} ${markStyles[data.mark ?? "none"]} ${selected ? selectedRing : ""}`}>
      <Handle type="target" position={Position.Left} className="!h-1 !w-1 !border-0 !bg-slate-400" />
      <div className="font-semibold text-slate-900 dark:text-slate-100">{data.title}</div>
      <div className="text-slate-600 dark:text-slate-300">
        Level {data.level}
        {data.mark ? ` · ${markLabels[data.mark]}` : ""}
      </div>
      <Handle type="source" position={Position.Right} className="!h-1 !w-1 !border-0 !bg-slate-400" />
    </div>
  );
}

const nodeTypes = { role: RoleNode };

export function LadderGraph({
  roles,
  moves,
  highlight = {},
  height = "h-[32rem]",
}: {
  roles: GraphRole[];
  moves: GraphMove[];
  highlight?: Highlight;
  height?: string;
}) {
  const theme = useTheme();
  const [selected, setSelected] = useState<string | null>(null);
  const { current, target, path } = highlight;

  const { nodes, edges } = useMemo(() => {
    const positions = new Map(layeredLayout(roles, moves).map((p) => [p.slug, p]));
    const steps = path ?? [];
    const onPath = new Set(steps);
    const pathEdges = new Set(steps.slice(1).map((to, i) => `${steps[i]}>${to}`));
    const nodes: Node<RoleData>[] = roles.map((r) => {
      const mark = r.slug === current ? "current" : r.slug === target ? "target" : onPath.has(r.slug) ? "path" : null;
      const markSaid = mark ? `, ${markLabels[mark].toLowerCase()}` : "";
      return {
        id: r.slug,
        type: "role",
        position: { x: positions.get(r.slug)!.x, y: positions.get(r.slug)!.y },
        data: { title: r.title, level: r.level, mark },
        ariaLabel: `${r.title}, level ${r.level}${markSaid}. Press Enter for its moves.`,
        draggable: false,
        connectable: false,
        selected: r.slug === selected,
      };
    });
    const edges: Edge[] = moves.map((m) => {
      const hot = pathEdges.has(`${m.from}>${m.to}`);
      return {
        id: `${m.from}>${m.to}`,
        source: m.from,
        target: m.to,
        animated: hot,
        focusable: false,
        markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
        style: hot ? { strokeWidth: 3, stroke: "#0f766e" } : { strokeWidth: 1.2, stroke: "#94a3b8" },
      };
    });
    return { nodes, edges };
  }, [roles, moves, current, target, path, selected]);

  const byslug = useMemo(() => new Map(roles.map((r) => [r.slug, r])), [roles]);
  const chosen = selected ? byslug.get(selected) : undefined;
  const out = moves.filter((m) => m.from === selected);
  const into = moves.filter((m) => m.to === selected);
  const titles = (slugs: string[]) => slugs.map((s) => byslug.get(s)?.title).join(", ");

  return (
    <div>
      <p id="ladder-graph-help" className="mb-2 text-sm text-slate-600 dark:text-slate-400">
        Tab moves between roles; Enter shows a role&rsquo;s moves below. Zoom with the buttons or the mouse wheel; drag
        the background to pan. The list further down holds the same roles and moves as text.
      </p>
      <div
        className={`${height} w-full overflow-hidden rounded-lg border border-slate-300 dark:border-slate-700`}
        role="group"
        aria-label="Career ladder graph"
        aria-describedby="ladder-graph-help"
      >
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          colorMode={theme ?? "light"}
          fitView
          fitViewOptions={{ padding: 0.15 }}
          minZoom={0.2}
          maxZoom={2}
          nodesDraggable={false}
          nodesConnectable={false}
          edgesFocusable={false}
          autoPanOnNodeFocus
          // The nodes are controlled: pick up selection (click, or Enter/Space on a focused node) from the changes.
          onNodesChange={(changes) => {
            for (const c of changes) if (c.type === "select" && c.selected) setSelected(c.id);
          }}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={24} />
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
      <div aria-live="polite" className="mt-3 min-h-12 text-sm">
        {chosen ? (
          <p>
            <span className="font-semibold">{chosen.title}</span> (level {chosen.level}).{" "}
            {out.length ? `Leads to ${titles(out.map((m) => m.to))}.` : "No moves onward."}{" "}
            {into.length ? `Reached from ${titles(into.map((m) => m.from))}.` : "An entry point."}{" "}
            <a href={`#${chosen.slug}`} className="text-brand-700 underline dark:text-brand-300">
              Details in the list
            </a>
          </p>
        ) : (
          <p className="text-slate-600 dark:text-slate-400">Select a role to see where it leads.</p>
        )}
      </div>
    </div>
  );
}
