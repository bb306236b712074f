/* timescale: a timeline's time axis as linear stretches with empty periods
 * cut out between them: where automatic breaks go and where a day lands. */
#ifndef RENDER_TIMESCALE_H
#define RENDER_TIMESCALE_H

#include <glib.h>

enum { TIMESCALE_MAX_BREAKS = 4 };

/* A period left out of the axis: days [a, b). */
typedef struct TimescaleCut {
	double a, b;
	gboolean exact;     /* asked for by the user: no padding beside it */
} TimescaleCut;

typedef struct TimescaleStretch {
	double d0, d1;      /* days (day numbers as in date.h) */
	double p0, p1;      /* points along the axis */
} TimescaleStretch;

typedef struct Timescale {
	TimescaleStretch s[TIMESCALE_MAX_BREAKS + 1];
	int n;              /* stretches; n - 1 breaks */
	gboolean exact[TIMESCALE_MAX_BREAKS];   /* the i-th break was asked for */
} Timescale;

/* The automatic breaks for n occupied intervals [t0[i], t1[i]] (sorted by
 * t0) spanning days e0..e1 drawn `length` points long: gaps of at least a
 * fifth of the range next to a crowded cluster, one whose m markers (days
 * m0[]..m1[], sorted by m0) would sit closer than 36 pt apart on average.
 * The longest TIMESCALE_MAX_BREAKS are written to cuts in time order;
 * returns how many. Linear after one sort of the candidates. */
int timescale_auto_cuts(const double *t0, const double *t1, int n, const double *m0,
                        const double *m1, int m, double e0, double e1, double length,
                        TimescaleCut *cuts);

/* Sets the stretches' days: e0..e1 without the cuts (sorted, disjoint,
 * inside e0..e1), each padded by a little (a lone day gets about a week)
 * except beside an exact cut. */
void timescale_stretches(Timescale *ts, double e0, double e1,
                         const TimescaleCut *cuts, int ncuts);

/* Days the i-th break leaves out, between stretch i and i + 1. */
double timescale_gap_days(const Timescale *ts, int i);

/* Lays the stretches from p0 to p1 along the axis with gap[i] points for
 * the i-th break, all at one scale (points per day): a break removes time,
 * it never stretches one side. A stretch shorter than 48 pt is widened by
 * empty days on either side, into at most a third of a neighbouring
 * automatic break (never into an asked-for one; at an axis end as much as
 * on its other side). FALSE (nothing set) when
 * the stretches do not fit, or when an automatic break leaves a stretch
 * too short even so. */
gboolean timescale_place(Timescale *ts, const double *gap, double p0, double p1);

/* Points per day along the axis (the same on every stretch). */
double timescale_per_day(const Timescale *ts);

/* Where a day lands along the axis; a day inside a break lands at the
 * start of the stretch after it. */
double timescale_pos(const Timescale *ts, double day);

#endif
