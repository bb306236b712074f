/* tlrank: the order a timeline's labels are tried in, the overview of a dense
 * timeline (clusters with counts), and what the scene says of unlabelled events. */
#ifndef RENDER_TLRANK_H
#define RENDER_TLRANK_H

#include "tllayout.h"

/* Whether n marker blocks are too many to try one by one along an axis of
 * that length: more than two stems (one each side) a stem_sep could hold. */
gboolean tlrank_dense(int nblocks, double axis_len, double stem_sep);

/* Readies every block and span for placement and returns them in the order
 * their labels are tried: highest priority first; equal priorities spread
 * over the time range (the first marker, the one half-way, the quarters,
 * ...); a point before a span. With cluster > 0 (the blocks' anchors set)
 * the overview: the markers in each stretch of that length along the axis
 * form one cluster, and only its most important block is tried, its label
 * counting the others ("and 45 more, 1650–1662"). Borrowed pointers into
 * L->blocks and L->spans; caller frees the array. */
GPtrArray *tlrank_units(TlLayout *L, double cluster);
/* The same, blocks with first[their index] set going before the others of
 * their priority (a second pass tries first what found no room); first
 * may be NULL. */
GPtrArray *tlrank_units_first(TlLayout *L, double cluster, const guint8 *first);

/* After the labels are drawn: every event without a label or callout of its
 * own goes into the scene's left_out with its priority and why (tried and
 * did not fit, or counted in which label); L->hidden counts them and
 * L->counted those a drawn label counts. */
void tlrank_report(TlLayout *L);

#endif
