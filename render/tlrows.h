/* tlrows: the horizontal timeline: labels above and below the axis on stems
 * that reach them, callout numbers where labels do not fit, spans beneath. */
#ifndef RENDER_TLROWS_H
#define RENDER_TLROWS_H

#include "tllayout.h"

/* Lays out the time scale across the page, the labels in rank order, the
 * axis with its markers, and the spans beneath, from y = top down, all in
 * at most `room` points of height together with the callout key and the
 * Sources note (G_MAXDOUBLE: as tall as the labels need, up to a cap).
 * Returns the y under the chart, or -1 with *err set (a bad --break, or a
 * room too short for the bare axis). */
double tlrows_layout(TlLayout *L, double top, double room, GError **err);

/* Whether every label of L (started: its blocks made) can take its date on
 * its line: each marker names one event, and that line is no wider than
 * the widest a label is measured (a span's, than the page). */
gboolean tlrows_dates_inline(TlLayout *L);

#endif
