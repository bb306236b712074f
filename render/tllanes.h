/* tllanes: the lanes of span bars under a horizontal timeline, filled in the
 * order labels are tried: each span's bar with its label above it in the
 * first lane free under both. */
#ifndef RENDER_TLLANES_H
#define RENDER_TLLANES_H

#include "tllayout.h"

enum { TLLANES_MAX = 10 };   /* lanes at most */

typedef struct TlLanes TlLanes;

/* Caller frees with tllanes_free. */
TlLanes *tllanes_new(void);
void tllanes_free(TlLanes *l);

/* Measures span b's label ("Label  16 Oct – 22 Feb 2020", the date never
 * broken) for its bar from x0, wrapping it where the room right of the bar
 * start is short, and sets b->left. */
void tllanes_measure(TlLayout *L, TlBlock *b, double x0);
/* The first lane where [a, b] is free, and how much the lanes grow in
 * height with a label h tall in it; -1 when every lane is taken there. */
int tllanes_find(const TlLanes *l, double a, double b, double h, double *grow);
/* Puts [a, b] with a label h tall into lane (from tllanes_find). */
void tllanes_put(TlLanes *l, int lane, double a, double b, double h);
/* Lanes in use, and each one's tallest label. */
int tllanes_used(const TlLanes *l);
const double *tllanes_label_heights(const TlLanes *l);

#endif
