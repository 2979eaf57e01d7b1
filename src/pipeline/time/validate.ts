/**
 * TIMEX3 value validator: the value grammar of the TimeML 1.2 guidelines plus real-calendar checks, so
 * "2017-02-31" and "1998-W54" are rejected while "XXXX-02-24", "199X", "P2Y6M" and "1998-02-11TNI" pass.
 */
import { daysInMonth, isoWeek } from './value.ts';
import { memoize } from '../memo.ts';

const DATE = /^(?:(\d{2})|(\d{3})X?|([\dX]{2}XX)|([\dX]{4})(?:-([\dX]{2})(?:-([\dX]{2}))?|-W([\dX]{2})(?:-([1-7]|WE))?|-Q([1-4X])|-H([12X])|-(SP|SU|FA|WI))?)$/;
const TIME = /^T(?:(MO|AF|EV|NI|DT)|([\d]{2})(?::(\d{2})(?::(\d{2}(?:\.\d+)?))?)?)$/;
const DURATION = /^P(?:(?:[\dX]+(?:\.\d+)?[YMWDQELC])+(?:T(?:[\dX]+(?:\.\d+)?[HMS])+)?|T(?:[\dX]+(?:\.\d+)?[HMS])+)$/;
const REFS = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);

function validDate(v: string): boolean {
  const m = DATE.exec(v);
  if (!m) return false;
  const [, , , , Y, M, D, W] = m;
  if (M !== undefined && !/X/.test(M) && (+M < 1 || +M > 12)) return false;
  if (D !== undefined && !/X/.test(D)) {
    if (+D < 1 || +D > 31) return false;
    if (Y && M && !/X/.test(Y + M) && +D > daysInMonth(+Y, +M)) return false;
    if (M && !/X/.test(M) && +D > [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][+M - 1]!) return false;
  }
  if (W !== undefined && !/X/.test(W)) {
    if (+W < 1 || +W > 53) return false;
    // A 53rd week exists only in long ISO years: its Dec 28 falls in week 53.
    if (+W === 53 && Y && !/X/.test(Y) && isoWeek({ y: +Y, m: 12, d: 28 }).week !== 53) return false;
  }
  return true;
}

const checkMemo = memoize((v) => check(v));

/** True when v is a syntactically valid TIMEX3 value naming a date that exists. */
export function isValidTimexValue(v: string): boolean {
  return typeof v === 'string' && checkMemo(v);
}

function check(v: string): boolean {
  if (typeof v !== 'string' || v.length === 0 || v.length > 40) return false;
  if (REFS.has(v)) return true;
  if (v.startsWith('P')) return DURATION.test(v);
  const t = v.indexOf('T');
  if (t >= 0) {
    const date = v.slice(0, t);
    const time = TIME.exec(v.slice(t));
    if (!time) return false;
    if (time[2] !== undefined && +time[2] > 24) return false;
    if (time[3] !== undefined && +time[3] > 59) return false;
    if (time[4] !== undefined && +time[4] >= 61) return false;
    return validDate(date) && /-/.test(date);
  }
  return validDate(v);
}
