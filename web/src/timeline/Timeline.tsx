import { useEffect, useRef, useState, type PointerEvent } from 'react';
import type { DailyCount } from '../api/types.ts';
import { useI18n } from '../i18n/index.ts';
import { binDays, binIndex } from './bins.ts';

interface Props {
  days: DailyCount[] | null;
  from: string | undefined;
  to: string | undefined;
  onRange: (from: string | null, to: string | null) => void;
}

const HEIGHT = 84;
const AXIS = 16;
/** Room above the tallest bar for its value. */
const TOP = 12;
/** Narrowest bar worth drawing; longer spans are grouped into several days per bar. */
const MIN_BAR_PX = 3;
/** A press that moves less than this is a click on one bar, not a drag. */
const CLICK_PX = 4;

/** Events per day as bars; drag across them to set the date filter. */
export function Timeline({ days, from, to, onRange }: Props) {
  const { t, lang } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  const [drag, setDrag] = useState<{ x0: number; x1: number } | null>(null);

  useEffect(() => {
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.max(100, entry.contentRect.width)));
    observer.observe(box.current!);
    return () => observer.disconnect();
  }, []);

  const bins = binDays(days ?? [], Math.floor(width / MIN_BAR_PX));
  const barWidth = bins.length ? width / bins.length : width;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const chartHeight = HEIGHT - AXIS;
  const indexAt = (x: number): number => Math.min(bins.length - 1, Math.max(0, Math.floor(x / barWidth)));
  const localX = (e: PointerEvent<SVGSVGElement>): number => e.clientX - e.currentTarget.getBoundingClientRect().left;

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (!bins.length) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const x = localX(e);
    setDrag({ x0: x, x1: x });
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => drag && setDrag({ ...drag, x1: localX(e) });
  const onPointerUp = () => {
    if (!drag) return;
    const [a, b] = [drag.x0, Math.abs(drag.x1 - drag.x0) < CLICK_PX ? drag.x0 : drag.x1].sort((p, q) => p - q);
    setDrag(null);
    onRange(bins[indexAt(a!)]!.start, bins[indexAt(b!)]!.end);
  };

  let selection: [number, number] | null = null;
  if (drag) selection = [Math.min(drag.x0, drag.x1), Math.max(drag.x0, drag.x1)];
  else if ((from || to) && bins.length) {
    const i = from ? binIndex(bins, from) : 0;
    const j = to ? binIndex(bins, to) : bins.length - 1;
    selection = [i * barWidth, (j + 1) * barWidth];
  }
  const fmt = (n: number) => n.toLocaleString(lang);

  return (
    <section className="timeline" aria-label={t.timeline.title}>
      <header>
        <h2>{t.timeline.title}</h2>
        <span className="hint">{t.timeline.hint}</span>
        {(from || to) && (
          <button type="button" className="link" onClick={() => onRange(null, null)}>
            {t.timeline.clear}
          </button>
        )}
      </header>
      <div ref={box} className="timeline-chart" dir="ltr">
        <svg
          width={width} height={HEIGHT} role="img" data-testid="timeline"
          onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp}
        >
          {bins.map((b, i) => {
            const h = b.count ? Math.max(2, (b.count / max) * (chartHeight - TOP)) : 0;
            return (
              <rect key={b.start} x={i * barWidth} y={chartHeight - h} width={Math.max(1, barWidth - 1)} height={h} className="bar">
                <title>{`${b.start === b.end ? b.start : `${b.start} – ${b.end}`}: ${fmt(b.count)}`}</title>
              </rect>
            );
          })}
          {selection && (
            <rect className="brush" x={selection[0]} y={0} width={Math.max(2, selection[1] - selection[0])} height={chartHeight} />
          )}
          <line x1={0} x2={width} y1={chartHeight + 0.5} y2={chartHeight + 0.5} className="axis" />
          {bins.length > 0 && (
            <>
              <text x={2} y={HEIGHT - 3} className="tick">{bins[0]!.start}</text>
              <text x={width - 2} y={HEIGHT - 3} className="tick" textAnchor="end">{bins.at(-1)!.end}</text>
              <text x={2} y={10} className="tick">{fmt(max)}</text>
            </>
          )}
        </svg>
      </div>
    </section>
  );
}
