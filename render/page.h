/* page: what every figure has around its chart: margins, the type scale and
 * text colours, title and paragraphs, the boxes of placed text, and --strict. */
#ifndef RENDER_PAGE_H
#define RENDER_PAGE_H

#include <glib.h>
#include "chart.h"
#include "color.h"
#include "scene.h"
#include "text.h"

#define PAGE_MARGIN 6.0      /* white space around the page, points */

/* The type scale, in points. */
#define PAGE_TITLE_SIZE 12.0
#define PAGE_SUBTITLE_SIZE 8.5
#define PAGE_NOTE_SIZE 6.5   /* sources, keys, notes under the chart */

/* Text and rule colours, 0xRRGGBB. */
#define PAGE_INK 0x1a1a1a    /* text */
#define PAGE_MUTED 0x5c5c5c  /* secondary text: subtitles, dates, notes */
#define PAGE_RULE 0x333333   /* axes and tick marks */
#define PAGE_STEM 0x8f8f8f   /* leaders and stems */

/* A placed text box, for collision checks. */
typedef struct PageBox { double x, y, w, h; } PageBox;

/* One figure being laid out. The caller owns the scene; page_clear frees
 * only the page's own bookkeeping. */
typedef struct Page {
	Scene *scene;              /* borrowed */
	TextMeasurer *tm;          /* borrowed */
	const ChartOptions *opts;  /* borrowed */
	double lo, hi;             /* usable x range: the margins left and right */
	GArray *boxes;             /* of PageBox: text placed with page_text */
	guint scan_box;            /* page_box_free looks at boxes from here on */
} Page;

void page_init(Page *p, Scene *s, TextMeasurer *tm, const ChartOptions *opts);
void page_clear(Page *p);

static inline TextStyle page_style(double size, gboolean bold, gboolean italic,
                                   double wrap, TextAlign align)
{
	return (TextStyle){size, bold, italic, wrap, align};
}

/* Adds text with its top-left corner at (x, y) and records its box. The
 * item is valid until the next scene adder. */
SceneItem *page_text(Page *p, const char *role, const char *text, TextStyle st,
                     double x, double y, Color c);
/* Records a box that later text must keep clear of. */
void page_add_box(Page *p, double x, double y, double w, double h);
/* Whether a box keeps pad clear of every recorded box from scan_box on. */
gboolean page_box_free(const Page *p, double x, double y, double w, double h,
                       double pad);
/* Moves the boxes from index `from` on down by dy. */
void page_shift_boxes(Page *p, guint from, double dy);

/* The title and subtitle of opts, across the usable width, from y down;
 * returns the y under them (y itself when there are none). */
double page_heading(Page *p, double y);
/* A paragraph across the usable width (st.wrap is set to it); returns its
 * bottom. */
double page_paragraph(Page *p, double y, const char *role, const char *text,
                      TextStyle st, Color c);

/* What --strict promises, checked on the finished scene: no input row left
 * out (the first one is named with its line of path), no text off the page,
 * over another text or over a seat. FALSE with a DIAG_DATA error; hint says
 * what to change when rows are left out. */
gboolean page_verify(const Scene *s, const char *path, const char *hint,
                     GError **err);

#endif
