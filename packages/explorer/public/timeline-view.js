// The timeline: each body of the neighbourhood, and each governance link among bodies and duties,
// as a bar from when it began to when it ended (shaded by status: proposed, agreed, in force,
// ended), with renames, mergers and relaunches marked on the rows they touch. Clicking a moment (or
// a mark) sets the map's as-of day; the orange line is the day the map shows. Drawn by vis-timeline.

import { DataSet, Timeline } from './vendor/vis-timeline.mjs';
import { el } from './details-panel.js';
import { timelineModel } from './timeline-model.js';

/** A day as a local Date (vis-timeline draws in local time). */
export function dayToDate(day) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** The local day of a Date. */
export function dateToDay(date) {
  const d = new Date(date);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Creates the timeline in `container`; `onPickDay(day)` is called when the reader picks a moment. */
export function createTimelineView(container, { onPickDay }) {
  const items = new DataSet();
  const groups = new DataSet();
  let markDays = new Map();
  let timeline = null;
  let asOf = null;

  function ensure(span) {
    if (timeline) return timeline;
    timeline = new Timeline(container, items, groups, {
      stack: false,
      orientation: 'top',
      showCurrentTime: false,
      zoomKey: 'ctrlKey',
      margin: { item: { horizontal: 0, vertical: 4 } },
      groupOrder: 'order',
      maxHeight: 380,
      verticalScroll: true,
      tooltip: { followMouse: true },
      min: dayToDate(span.first),
      max: dayToDate(span.last),
    });
    timeline.addCustomTime(dayToDate(asOf ?? span.last), 'as-of');
    timeline.setCustomTimeTitle('The day the map shows', 'as-of');
    timeline.on('click', (props) => {
      if (props.what === 'group-label' || props.what === 'axis' && !props.time) return;
      const day = props.item && markDays.has(props.item) ? markDays.get(props.item) : props.time ? dateToDay(props.time) : null;
      if (day) onPickDay(day);
    });
    timeline.on('timechanged', (props) => {
      if (props.id === 'as-of') onPickDay(dateToDay(props.time));
    });
    return timeline;
  }

  return {
    /** Draws a history between `span.first` and `span.last`, marking `day` as the day the map shows. */
    render(history, span, day) {
      asOf = day;
      const model = timelineModel(history, span);
      const view = ensure(span);
      groups.clear();
      items.clear();
      groups.add(model.rows.map((row, order) => ({ id: row.id, order, className: `tl-row-${row.kind}`, content: el('span', { 'data-row': row.entity ?? row.link }, row.label) })));
      items.add(
        model.bars.map((bar) => ({
          id: bar.id,
          group: bar.row,
          type: 'range',
          start: dayToDate(bar.start),
          end: dayToDate(bar.end),
          className: `tl-bar tl-${bar.status}${bar.openStart ? ' tl-open-start' : ''}${bar.openEnd ? ' tl-open-end' : ''}${bar.name ? ' tl-named' : ''}`,
          // A stretch of a renamed body says the name it had then.
          content: bar.name ? el('span', { class: 'tl-name' }, bar.name) : '',
          title: bar.title,
        })),
      );
      items.add(model.marks.map((mark) => ({ id: mark.id, group: mark.row, type: 'point', start: dayToDate(mark.day), className: `tl-mark tl-mark-${mark.kind.toLowerCase()}`, content: mark.label, title: mark.title })));
      markDays = new Map(model.marks.map((mark) => [mark.id, mark.day]));
      view.setOptions({ min: dayToDate(span.first), max: dayToDate(span.last) });
      view.setCustomTime(dayToDate(day), 'as-of');
      view.setWindow(dayToDate(span.first), dayToDate(span.last), { animation: false });
      return model;
    },
    /** Moves the as-of line. */
    setAsOf(day) {
      asOf = day;
      if (timeline) timeline.setCustomTime(dayToDate(day), 'as-of');
    },
    /** Where a day is drawn, in page pixels from the timeline's left edge (for tests and tooltips). */
    get timeline() {
      return timeline;
    },
  };
}
