import type { CSSProperties } from 'react';

// Off-screen rather than display:none, which some bots detect and skip.
const hidden: CSSProperties = {
  position: 'absolute',
  left: '-10000px',
  top: 'auto',
  width: 1,
  height: 1,
  overflow: 'hidden',
};

/**
 * A field people never see or reach: hidden from view, from assistive technology (aria-hidden)
 * and from the keyboard (tabIndex -1). Bots that fill every input give themselves away.
 */
export function HoneypotField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <div aria-hidden="true" style={hidden}>
      <label htmlFor="self-referral-website">{label}</label>
      <input
        id="self-referral-website"
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </div>
  );
}
