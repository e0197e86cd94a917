import { SafetyPlanSections, type SafetyPlanSection, type SafetyPlanView } from '@careloop/core';
import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** One item as a line: the name or text, then the details the client gave. */
function itemText(plan: SafetyPlanView, section: SafetyPlanSection): string[] {
  const join = (...parts: (string | null)[]) => parts.filter(Boolean).join(' · ');
  switch (section) {
    case 'warningSigns':
    case 'copingStrategies':
    case 'reasonsForLiving':
      return plan[section];
    case 'socialDistractions':
      return plan.socialDistractions.map((d) => join(d.name, d.phone));
    case 'helpContacts':
      return plan.helpContacts.map((c) => join(c.name, c.relationship, c.phone));
    case 'professionalContacts':
      return plan.professionalContacts.map((c) => join(c.name, c.role, c.phone));
    case 'environmentSafety':
      return plan.environmentSafety.map((e) =>
        join(e.means, e.plan || null, e.responsiblePerson, e.byDate, e.completedOn && `✓ ${e.completedOn}`),
      );
  }
}

/** A signed plan, read-only, in the order it is used. */
export function SafetyPlanReadOnly({ plan }: { plan: SafetyPlanView }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {SafetyPlanSections.map((section, i) => {
        const items = itemText(plan, section);
        return (
          <section key={section} aria-labelledby={`sp-${section}`}>
            <Title order={3} size="h5" id={`sp-${section}`}>
              {i + 1}. {t(`safetyPlan.sections.${section}`)}
            </Title>
            {items.length ? (
              <List size="sm">
                {items.map((text, n) => (
                  <List.Item key={n}>{text}</List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" c="gray.7">
                {t('safetyPlan.empty')}
              </Text>
            )}
          </section>
        );
      })}
    </Stack>
  );
}
