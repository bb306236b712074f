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

/* A key's symbol: shape (tlcolor_shape) of radius r at (cx, cy), filled
 * and stroked (alpha 0: not). The item is valid until the next adder. */
SceneItem *tlmarks_key(const TlLayout *L, const char *role, int shape, Color fill,
                       Color stroke, double cx, double cy, double r);

/* The marks of L's blocks on the axis line at `cross` (its y, or x when
 * vertical): dots at the anchors, brackets over months and years. */
void tlmarks_draw(const TlLayout *L, double cross);

#endif
