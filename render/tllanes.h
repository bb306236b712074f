/* tllanes: the lanes of span bars under a horizontal timeline's tick texts,
 * filled in the order labels are tried: each span's bar with its label above
 * it in the first lane free under both (tlspans draws them). */
#ifndef RENDER_TLLANES_H
#define RENDER_TLLANES_H

#include "tllayout.h"

enum { TLLANES_MAX = 10 };   /* lanes at most */

typedef struct TlLanes TlLanes;

/* Caller frees with tllanes_free. */
TlLanes *tllanes_new(void);
void tllanes_free(TlLanes *l);

/* Measures span b's label (tlspans_measure_label) and gives where its bar
 * runs along the axis, x0 to x1. */
void tllanes_measure(TlLayout *L, TlBlock *b, double *x0, double *x1);
/* The first lane where [a, b] is free, and how much the lanes grow in
 * height with a label h tall in it; -1 when every lane is taken there. */
int tllanes_find(const TlLanes *l, double a, double b, double h, double *grow);
/* Puts [a, b] with a label h tall into lane (from tllanes_find). */
void tllanes_put(TlLanes *l, int lane, double a, double b, double h);
/* Lanes in use, and each one's tallest label. */
int tllanes_used(const TlLanes *l);
const double *tllanes_label_heights(const TlLanes *l);

#endif
