/* tllanes: the lanes of span bars under a horizontal timeline's axis, filled
 * in the order labels are tried: each span's bar with its label above it in
 * the first lane free under both. The near lanes lie right under the tick
 * texts, and no stem to a label below crosses their bars or labels; a span
 * that a stem already placed below would cross goes to the far lanes,
 * beyond the labels below (tlspans measures and draws them). */
#ifndef RENDER_TLLANES_H
#define RENDER_TLLANES_H

#include "tllayout.h"
#include "tlplace.h"

enum { TLLANES_MAX = 10 };    /* lanes at most */
#define TLLANES_MIN_WRAP 64.0   /* no label wraps narrower: a few words a line */

typedef struct TlLanes TlLanes;

/* Caller frees with tllanes_free. */
TlLanes *tllanes_new(void);
void tllanes_free(TlLanes *l);

/* Whether a stem at x passes between the texts along the axis under it:
 * extents holds merged, sorted pairs [a, b] (the tick texts, as
 * tlaxis_text_extents gives them, the span bars and the span labels
 * placed). */
gboolean tllanes_clear_below(const GArray *extents, double x);

/* Tries span b: in a near lane when no stem placed below the axis would
 * cross its bar, else in a far one; its label where its bar starts, where
 * it ends, or (near) beside a stem going below (as measured, then wrapped
 * narrower), each keeping some of the bar under it; of the places with a
 * free lane, the one keeping fewest stems still to come from going below,
 * then nearest the bar's start. The lanes' growth plus `extra` must keep
 * p's height within limit; it is added to p's extra. Once placed near,
 * its bar and label join extents and keep the stems over them above the
 * axis (tlplace_limit_sides). TRUE when placed (b->row its lane, b->far,
 * b->left its box, TLBLOCK_LABEL). */
gboolean tllanes_place(TlLanes *l, TlLayout *L, TlPlace *p, GArray *extents, TlBlock *b,
                       double limit, double extra);
/* The bars of spans without a label, each in a lane free under it (near
 * unless a stem below would cross it), a new one while p's height keeps
 * within limit; a bar without a lane is not drawn (b->row -1). */
void tllanes_bars(TlLanes *l, TlLayout *L, TlPlace *p, double limit);
/* A placed span's label measured again (the real note numbers) at the
 * width it was placed with. */
void tllanes_remeasure(TlLayout *L, TlBlock *b);

/* The height the near (far) lanes take together. */
double tllanes_height(const TlLanes *l, gboolean far);

#endif
