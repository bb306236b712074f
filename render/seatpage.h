/* seatpage: the page a seat chart is laid out on: the shared page frame plus
 * where a new text may go, clear of the seats, lines and text placed so far. */
#ifndef RENDER_SEATPAGE_H
#define RENDER_SEATPAGE_H

#include <glib.h>
#include "chart.h"
#include "page.h"
#include "scene.h"
#include "text.h"

#define SEATPAGE_GAP 10.0    /* between the blocks of the page, points */

/* The seat chart's page. pg.lo and pg.hi narrow to a panel while it is laid
 * out; free room is sought among the items and boxes of the current block
 * only (panels never overlap). */
typedef struct SeatIndex SeatIndex;
typedef struct SeatPage {
	Page pg;             /* owns its box registry; scene and measurer borrowed */
	guint scan_item;     /* seatpage_free looks at scene items from here on */
	guint moves;         /* how many times seatpage_move has moved items */
	SeatIndex *index;    /* owned: a grid of the items from scan_item, rebuilt
	                      * when they change, so a query need not scan them */
} SeatPage;

/* A block of the page: the items and boxes added since seatpage_begin. A
 * block is laid out from y = 0 and then moved into place. */
typedef struct SeatBlock { guint item, box; } SeatBlock;

void seatpage_init(SeatPage *sp, Scene *s, TextMeasurer *tm, const ChartOptions *co);
void seatpage_clear(SeatPage *sp);

static inline Scene *seatpage_scene(const SeatPage *sp) { return sp->pg.scene; }
static inline TextMeasurer *seatpage_tm(const SeatPage *sp) { return sp->pg.tm; }
static inline Lang seatpage_lang(const SeatPage *sp) { return sp->pg.opts->lang; }

/* Whether a text box fits between pg.lo and pg.hi and keeps a little clear
 * space from every text, seat, line and path of the current block. */
gboolean seatpage_free(const SeatPage *sp, double x, double y, double w, double h);

/* The first text of the current block that a box would come within
 * text_pad of, or seat, line or path it would come within ink_pad of:
 * TRUE with its bounding box in *at; FALSE when there is none. */
gboolean seatpage_blocker(const SeatPage *sp, double x, double y, double w, double h,
                          double text_pad, double ink_pad, PageBox *at);
/* Whether the segment ab keeps pad clear of every text of the current block. */
gboolean seatpage_segment_free(const SeatPage *sp, ScenePoint a, ScenePoint b,
                               double pad);

/* Measures text in *st, wrapping it (st->wrap is set) when it is wider than
 * pg.hi - pg.lo, so that no text runs off the page or panel. */
TextSize seatpage_fit(const SeatPage *sp, const char *text, TextStyle *st);

/* Starts a block: free room is sought only among what comes after this. */
SeatBlock seatpage_begin(SeatPage *sp);
/* Ends the current block: free room is sought on the whole page again. */
void seatpage_end(SeatPage *sp);
/* Moves a block's items and boxes down by dy. */
void seatpage_move(SeatPage *sp, SeatBlock b, double dy);
/* The top and the bottom of everything drawn from item `from` on. */
double seatpage_top(const SeatPage *sp, guint from);
double seatpage_bottom(const SeatPage *sp, guint from);

#endif
