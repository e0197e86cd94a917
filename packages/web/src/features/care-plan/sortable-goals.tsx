import { closestCenter, DndContext, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { PlanGoal } from '@careloop/core';
import { ActionIcon } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The handle the pointer drags; keyboard users have the move up/down buttons instead. */
function SortableItem({ id, n, children }: { id: string; n: number; children: (handle: ReactNode) => ReactNode }) {
  const { t } = useTranslation();
  const { setNodeRef, setActivatorNodeRef, listeners, transform, transition, isDragging } = useSortable({ id });
  const handle = (
    <ActionIcon
      component="span"
      ref={setActivatorNodeRef}
      {...listeners}
      variant="subtle"
      color="gray.8"
      size="lg"
      // Pointer only, hidden from assistive tech: the buttons beside it do the same by keyboard.
      aria-hidden
      title={t('carePlan.dragGoal', { n })}
      style={{ cursor: 'grab', touchAction: 'none', marginRight: 'auto' }}
    >
      <span aria-hidden>⠿</span>
    </ActionIcon>
  );
  return (
    <div
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition, opacity: isDragging ? 0.7 : 1 }}
    >
      {children(handle)}
    </div>
  );
}

/** Goals reordered by dragging (mouse, pen or finger on a tablet). */
export function SortableGoals({
  goals,
  onReorder,
  render,
}: {
  goals: readonly PlanGoal[];
  onReorder: (goals: PlanGoal[]) => void;
  render: (goal: PlanGoal, index: number, handle: ReactNode) => ReactNode;
}) {
  // A small distance before a drag starts, so taps on the handle area do not reorder.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = goals.findIndex((g) => g.id === active.id);
    const to = goals.findIndex((g) => g.id === over.id);
    if (from >= 0 && to >= 0) onReorder(arrayMove([...goals], from, to));
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={goals.map((g) => g.id)} strategy={verticalListSortingStrategy}>
        {goals.map((g, i) => (
          <SortableItem key={g.id} id={g.id} n={i + 1}>
            {(handle) => render(g, i, handle)}
          </SortableItem>
        ))}
      </SortableContext>
    </DndContext>
  );
}
