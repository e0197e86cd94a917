import { Button, Group, Input, List, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format-date.js';

/** Agency holidays as a sorted list of dates, each removable, and a date field to add one. */
export function HolidayList({
  holidays,
  onChange,
  error,
}: {
  holidays: string[];
  onChange: (holidays: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  const add = () => {
    if (!date || holidays.includes(date)) return;
    onChange([...holidays, date].sort());
    setDate('');
  };
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm" id="holidays-label">
        {t('programsAdmin.holidays')}
      </Text>
      {holidays.length === 0 ? (
        <Text size="sm">{t('programsAdmin.noHolidays')}</Text>
      ) : (
        <List aria-labelledby="holidays-label" listStyleType="none" spacing={4}>
          {holidays.map((h) => (
            <List.Item key={h}>
              <Group gap="xs">
                <Text size="sm">{formatDate(h)}</Text>
                <Button
                  size="compact-xs"
                  variant="default"
                  onClick={() => onChange(holidays.filter((x) => x !== h))}
                  aria-label={t('programsAdmin.removeHoliday', { date: formatDate(h) })}
                >
                  {t('app.remove')}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <Group align="flex-end" gap="xs">
        <TextInput
          label={t('programsAdmin.holidayDate')}
          type="date"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
        />
        <Button variant="default" onClick={add} disabled={!date}>
          {t('programsAdmin.addHoliday')}
        </Button>
      </Group>
      {error && <Input.Error>{error}</Input.Error>}
    </Stack>
  );
}
