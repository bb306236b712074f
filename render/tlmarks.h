/* tlmarks: the marks on a timeline's axis: where each marker block's mark
 * sits, brackets lifted into lanes, how far marks reach, and their drawing. */
#ifndef RENDER_TLMARKS_H
#define RENDER_TLMARKS_H

#include "tllayout.h"

#define TLMARKS_DOT_R 2.4   /* radius of a marker dot, points */

/* Sets every block's anchor (where its mark sits along the axis) and its
 * bracket lane (lift; a bracket too narrow to draw becomes a dot) on
 * L->scale. Label placement reads the anchors, so it runs first. */
void tlmarks_place(TlLayout *L);

/* How far from the axis line a stem to b starts: the edge of its mark on
 * the side marks stand (above a horizontal axis, right of a vertical one). */
double tlmarks_reach(const TlBlock *b);
/* The farthest any mark of L stands from the axis line on that side. */
double tlmarks_extent(const TlLayout *L);

/* The name of a group for a scene item's "party" (NULL for -1), so the
 * scene says which group each mark and key stands for. Caller frees. */
char *tlmarks_group_name(const TlLayout *L, int group);

/* The kinds of marks a figure draws, for its key. */
typedef enum {
	TLMARKS_DAY = 1 << 0,      /* a filled mark: an exact day */
	TLMARKS_BRACKET = 1 << 1,  /* a bracket: a month or year */
	TLMARKS_FADED = 1 << 2,    /* a bar end faded across its month or year */
	TLMARKS_VAGUE = 1 << 3,    /* hollow: approximate or uncertain */
	TLMARKS_DASHED = 1 << 4,   /* a dashed bracket: the same, for a month or year */
} TlMarksKind;

/* The kinds L's events are drawn with (known before any scale). */
unsigned tlmarks_kinds(const TlLayout *L);
/* The key's symbol of one kind, in grey, centred at (cx, cy), about 8 pt
 * wide. */
void tlmarks_key_symbol(const TlLayout *L, TlMarksKind kind, double cx, double cy);

/* A key's symbol: shape (tlcolor_shape) of radius r at (cx, cy), filled
 * and stroked (alpha 0: not). The item is valid until the next adder. */
SceneItem *tlmarks_key(const TlLayout *L, const char *role, int shape, Color fill,
                       Color stroke, double cx, double cy, double r);

/* The marks of L's blocks on the axis line at `cross` (its y, or x when
 * vertical): dots at the anchors, brackets over months and years. */
void tlmarks_draw(const TlLayout *L, double cross);

#endif
