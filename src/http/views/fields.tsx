/** Form fields with their label, hint and error message, accessible without JavaScript. */
import type { Child } from 'hono/jsx';

export type Values = Record<string, string>;
export type Errors = Record<string, string>;

interface Base {
  name: string;
  label: string;
  values: Values;
  errors: Errors;
  required?: boolean;
  hint?: string;
}

function Wrap(props: Base & { children?: Child }) {
  const err = props.errors[props.name];
  return (
    <div class={`field${err ? ' has-error' : ''}`}>
      <label for={`f-${props.name}`}>
        {props.label}
        {props.required ? <span class="req" aria-hidden="true">*</span> : null}
      </label>
      {props.children}
      {props.hint ? <p class="hint" id={`h-${props.name}`}>{props.hint}</p> : null}
      {err ? <p class="error" id={`e-${props.name}`}>{err}</p> : null}
    </div>
  );
}

function describedBy(p: Base): string | undefined {
  const ids = [p.hint ? `h-${p.name}` : '', p.errors[p.name] ? `e-${p.name}` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function TextField(p: Base & { type?: string; maxlength?: number; placeholder?: string }) {
  return (
    <Wrap {...p}>
      <input id={`f-${p.name}`} name={p.name} type={p.type ?? 'text'} value={p.values[p.name] ?? ''} required={p.required} maxlength={p.maxlength} placeholder={p.placeholder} aria-invalid={p.errors[p.name] ? 'true' : undefined} aria-describedby={describedBy(p)} />
    </Wrap>
  );
}

export function TextArea(p: Base & { rows?: number; maxlength?: number }) {
  return (
    <Wrap {...p}>
      <textarea id={`f-${p.name}`} name={p.name} rows={p.rows ?? 4} required={p.required} maxlength={p.maxlength} aria-invalid={p.errors[p.name] ? 'true' : undefined} aria-describedby={describedBy(p)}>{p.values[p.name] ?? ''}</textarea>
    </Wrap>
  );
}

export function Select(p: Base & { options: readonly { code: string | number; label: string }[]; blank?: string }) {
  const v = p.values[p.name] ?? '';
  return (
    <Wrap {...p}>
      <select id={`f-${p.name}`} name={p.name} required={p.required} aria-invalid={p.errors[p.name] ? 'true' : undefined} aria-describedby={describedBy(p)}>
        {p.blank !== undefined ? <option value="">{p.blank}</option> : null}
        {p.options.map((o) => (
          <option value={String(o.code)} selected={String(o.code) === v}>{o.label}</option>
        ))}
      </select>
    </Wrap>
  );
}

/** Collects field messages from a DomainError's issues. */
export function errorsOf(issues: { field: string; message: string }[]): Errors {
  const out: Errors = {};
  for (const i of issues) out[i.field] ??= i.message;
  return out;
}
