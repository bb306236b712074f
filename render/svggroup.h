/* svggroup: the groups of an SVG figure, found from the scene: one per event
 * or party (its CSV row), legend entry and note, each with an id, a class and
 * a title a screen reader says. */
#ifndef RENDER_SVGGROUP_H
#define RENDER_SVGGROUP_H

#include <glib.h>
#include "scene.h"

typedef struct SvgGroup {
	char *id;           /* owned: "row-3", "legend-row-3", "legend-1", "note-1" */
	const char *cls;    /* static: "event", "party", "legend-entry" or "note" */
	char *title;        /* owned: what the group shows, in words */
	int row;            /* the CSV line it draws, or 0 */
} SvgGroup;

typedef struct SvgGroups {
	GArray *groups;     /* of SvgGroup, in order of their first item */
	int *of_item;       /* per scene item: its group's index, or -1 for none */
} SvgGroups;

/* The groups of s; the caller frees them with svggroup_free. */
SvgGroups *svggroup_find(const Scene *s);
void svggroup_free(SvgGroups *g);

#endif
