import { Chip, Fieldset, Group, Text } from '@mantine/core';
import { useId } from 'react';

/**
 * Big tappable chips inside a fieldset (the legend names the group for screen readers). One
 * choice renders radios sharing a name, so arrow keys move between them; several render checkboxes.
 */
export function ChoiceChips<V extends string>(
  props: {
    legend: string;
    options: readonly { value: V; label: string }[];
    error?: string;
    size?: 'sm' | 'md' | 'lg';
  } & (
    | { multiple: true; value: V[]; onChange: (v: V[]) => void }
    | { multiple?: false; value: V | null; onChange: (v: V) => void }
  ),
) {
  const name = useId();
  const { legend, options, error, size = 'md' } = props;
  const chips = (
    <Group gap="xs">
      {options.map((o) => (
        <Chip key={o.value} value={o.value} name={name} size={size} variant="outline">
          {o.label}
        </Chip>
      ))}
    </Group>
  );
  return (
    <Fieldset legend={legend} variant="unstyled">
      {props.multiple ? (
        <Chip.Group multiple value={props.value} onChange={(v) => props.onChange(v)}>
          {chips}
        </Chip.Group>
      ) : (
        <Chip.Group value={props.value} onChange={(v) => props.onChange(v)}>
          {chips}
        </Chip.Group>
      )}
      {error && (
        <Text size="sm" c="red.8" mt={4} role="alert">
          {error}
        </Text>
      )}
    </Fieldset>
  );
}
