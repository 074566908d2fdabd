import { useRef, useState } from 'react';
// Defines <acupoint-map>; its types (and the JSX types below) come with the package.
import 'acupoint-map';
import type { AcupointMap, AcuPoint } from 'acupoint-map';
// <acupoint-map> in JSX: every attribute, property and event, typed.
import type {} from 'acupoint-map/react';

export function App() {
  // The selected point is React state: the element shows it (`selected`) and reports the
  // user's changes (`selection-change`: a marker, the list, the close button, Escape).
  const [code, setCode] = useState<string | null>(null);
  const [point, setPoint] = useState<AcuPoint | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const map = useRef<AcupointMap>(null);

  return (
    <main style={{ maxWidth: 960, margin: '0 auto', fontFamily: 'system-ui' }}>
      <h1>Acupuncture points for low back pain</h1>
      <acupoint-map
        ref={map}
        mode="practitioner"
        selected={code}
        show-labels
        onselection-change={(event) => {
          setCode(event.detail.code);
          setPoint(event.detail.point);
        }}
        onpoint-select={(event) => setPoint(event.detail.point)}
        onerror={(event) => setProblem(event.detail.message)}
        style={{ display: 'block', height: 560 }}
      >
        <a slot="cta" href="#book">
          Book a visit
        </a>
      </acupoint-map>
      <p data-testid="selected">{code ? `Selected: ${code}${point ? ` (${point.english})` : ''}` : 'Click a point.'}</p>
      <p>
        <button type="button" onClick={() => setCode('BL40')}>
          Show BL40
        </button>{' '}
        <button type="button" onClick={() => setCode(null)}>
          Clear
        </button>{' '}
        <button type="button" onClick={() => map.current?.setView('left')}>
          Left side
        </button>
      </p>
      {problem && <p role="alert">{problem}</p>}
    </main>
  );
}
