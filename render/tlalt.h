/* tlalt: a timeline's alt text: what it shows, in plain sentences, for
 * readers who cannot see the figure. */
#ifndef RENDER_TLALT_H
#define RENDER_TLALT_H

#include "tllayout.h"

/* The title, the events' count and range, the breaks in the axis, then
 * the events one a line (of more than 60, the 60 most important, by date),
 * in the language of the figure. Caller frees. */
char *tlalt_text(const TlLayout *L);

#endif
