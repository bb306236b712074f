/* events: the timeline's event model, read from a CSV table: dates at their
 * own precision, spans, groups, sources and priorities, sorted by time. */
#ifndef RENDER_EVENTS_H
#define RENDER_EVENTS_H

#include <glib.h>
#include "color.h"
#include "date.h"
#include "text.h"

typedef struct Event {
	int row;             /* 0-based data row of the CSV */
	int line;            /* line of the row in the file */
	Date date;
	Date end;            /* valid when has_end */
	gboolean has_end;
	char *label;         /* owned; never empty */
	char *detail;        /* owned; NULL when empty */
	int group;           /* index into Events.groups, or -1 */
	int source;          /* 1-based note number into Events.sources, or 0 */
	double priority;     /* higher is kept first; 0 when not given */
	/* Where it sits on the time axis, in day numbers (date.h): a day is the
	 * instant t0 == t1; a month- or year-only date, or a span, covers
	 * [t0, t1] with t1 past its last day when the end is not a day. */
	double t0, t1;
	double last;         /* last day the date (not the end) covers: orders ties */
} Event;

typedef struct Events {
	GArray *items;       /* of Event, by time; ties keep row order */
	GPtrArray *groups;   /* of char*, owned: group names by first appearance in time */
	GArray *group_colors;  /* of Color, per group: from the color column, alpha 0 if none */
	GPtrArray *sources;  /* of char*, owned: sources numbered 1.. by first appearance in time */
	char *path;          /* owned */
} Events;

/* Reads the CSV at path (columns date, end, label, detail, group, color,
 * source, priority; date and label required; a color names its group's
 * colour, the same on every row of the group); with tm, every text must be drawable
 * in the bundled fonts. On a data error returns NULL and sets *err to
 * "path:line:col: what was wrong, what was expected". Caller frees with
 * events_free. */
Events *events_load(const char *path, TextMeasurer *tm, GError **err);
void events_free(Events *ev);

/* TRUE when the event has a span bar or covers a month or a year. */
gboolean events_is_interval(const Event *e);

#endif
