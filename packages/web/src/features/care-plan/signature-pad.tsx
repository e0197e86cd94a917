import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useId, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

const HEIGHT = 180;

/** A white ground keeps the signature readable wherever the PNG is shown or printed. */
function paintBlank(canvas: HTMLCanvasElement | null) {
  const ctx = canvas?.getContext('2d');
  if (!canvas || !ctx) return;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.restore();
}

/**
 * The client signs with a finger, stylus or mouse (pointer events); the ink is exported as a PNG
 * data URL. Verbal agreement is the accessible alternative for anyone who cannot sign here.
 */
export function SignaturePad({ onChange }: { onChange: (dataUrl: string | null) => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const [hasInk, setHasInk] = useState(false);

  const context = () => canvasRef.current?.getContext('2d') ?? null;

  // Size the bitmap to the element (sharp on high-density tablets, capped to keep the PNG small).
  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    const width = canvas.getBoundingClientRect().width || 480;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(HEIGHT * ratio);
    ctx.scale(ratio, ratio);
    ctx.lineWidth = 2.5;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#111111';
    paintBlank(canvas);
  }, []);

  const pointOf = (e: PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  };

  const stroke = (to: { x: number; y: number }) => {
    const ctx = context();
    const from = last.current ?? to;
    if (!ctx) return;
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x + (from === to ? 0.1 : 0), to.y);
    ctx.stroke();
    last.current = to;
  };

  const end = () => {
    if (!last.current) return;
    last.current = null;
    setHasInk(true);
    const canvas = canvasRef.current;
    if (canvas) onChange(canvas.toDataURL('image/png'));
  };

  const clear = () => {
    paintBlank(canvasRef.current);
    setHasInk(false);
    onChange(null);
  };

  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {t('carePlan.signatureLabel')}
      </Text>
      <Box
        component="canvas"
        ref={canvasRef}
        role="img"
        aria-labelledby={labelId}
        aria-describedby={`${labelId}-hint`}
        style={{
          width: '100%',
          height: HEIGHT,
          touchAction: 'none',
          border: '2px solid var(--mantine-color-gray-6)',
          borderRadius: 4,
          background: '#fff',
          cursor: 'crosshair',
        }}
        onPointerDown={(e: PointerEvent<HTMLCanvasElement>) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          last.current = null;
          stroke(pointOf(e));
        }}
        onPointerMove={(e: PointerEvent<HTMLCanvasElement>) => {
          if (last.current) stroke(pointOf(e));
        }}
        onPointerUp={end}
        onPointerCancel={end}
      />
      <Group justify="space-between">
        <Text size="xs" c="gray.7" id={`${labelId}-hint`}>
          {hasInk ? t('carePlan.signatureCaptured') : t('carePlan.signatureHint')}
        </Text>
        <Button variant="default" size="compact-md" onClick={clear} disabled={!hasInk}>
          {t('carePlan.clearSignature')}
        </Button>
      </Group>
    </Stack>
  );
}
