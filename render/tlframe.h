/* tlframe: what a timeline has around its chart: the title and the legend of
 * groups above it; callout keys, notes, sources and the caption below. */
#ifndef RENDER_TLFRAME_H
#define RENDER_TLFRAME_H

#include "tllayout.h"

/* The title, subtitle and the legend of groups from y down; returns the y
 * where the chart starts. */
double tlframe_heading(TlLayout *L, double y);
/* The callout keys, the note on unlabelled events, the cited sources and
 * the caption from y down; returns the y under them. */
double tlframe_footer(TlLayout *L, double y);

/* What the footer's parts take, for a layout that must fit a page: the
 * caption alone (always there); one key entry (the first also pays the
 * space around the key); the Sources note citing sources[0..n) (1-based
 * indexes into ev->sources), 0 for none. */
double tlframe_caption_height(const TlLayout *L);
double tlframe_key_height(const TlLayout *L, const char *text, gboolean first);
double tlframe_sources_height(const TlLayout *L, const int *sources, int n);

#endif
