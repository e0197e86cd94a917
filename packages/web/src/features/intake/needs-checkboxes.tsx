import { ServiceCategories, type ServiceCategory } from '@careloop/core';
import { Checkbox, SimpleGrid } from '@mantine/core';

interface Props {
  label: string;
  value: ServiceCategory[];
  onChange: (value: ServiceCategory[]) => void;
  /** Label of each category (staff wording or plain-language wording). */
  labelOf: (category: ServiceCategory) => string;
  error?: string;
}

/** Service categories as a group of checkboxes with a legend. */
export function NeedsCheckboxes({ label, value, onChange, labelOf, error }: Props) {
  return (
    <Checkbox.Group label={label} value={value} onChange={(v) => onChange(v)} error={error}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
        {ServiceCategories.map((c) => (
          <Checkbox key={c} value={c} label={labelOf(c)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
