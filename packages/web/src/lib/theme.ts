import {
  Alert,
  Badge,
  createTheme,
  Notification,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

// A teal whose working shades (6-9) all keep white text, and text on white, above WCAG AA
// contrast (4.5:1) — also in hover states, which move one shade along. Mantine's own teal fails.
const brand: MantineColorsTuple = [
  '#e6f7f2',
  '#c8ede2',
  '#a3e0cd',
  '#72cdb1',
  '#3fb592',
  '#1f9e79',
  '#0b7a5a',
  '#086b4f',
  '#065c44',
  '#044d39',
];

export const theme = createTheme({
  colors: { brand },
  primaryColor: 'brand',
  // Shade 8 (the brief's floor): filled buttons and links stay well above 4.5:1, hover (9) too.
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  components: {
    // Coloured titles and messages on tinted backgrounds fall below AA: keep the text dark.
    Alert: Alert.extend({
      styles: { title: { color: 'var(--mantine-color-text)' }, message: { color: 'var(--mantine-color-text)' } },
    }),
    Notification: Notification.extend({ styles: { description: { color: 'var(--mantine-color-text)' } } }),
    // A badge is a clinical label ("Suicide risk"): it takes the room its words need, never an ellipsis.
    Badge: Badge.extend({
      styles: { root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible', textOverflow: 'clip' } },
    }),
  },
});

// Mantine's "dimmed" grey (descriptions, hints) is below AA contrast on white: use a darker grey.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  // Likewise the default error red (field messages, invalid input text): use a darker red.
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
