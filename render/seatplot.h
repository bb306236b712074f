/* seatplot: one house's seats drawn as a plot (arch, benches or grid) in the
 * form's own units, and how a plot's seats, lines, names and total are drawn. */
#ifndef RENDER_SEATPLOT_H
#define RENDER_SEATPLOT_H

#include <glib.h>
#include "scene.h"
#include "seatcut.h"
#include "seatpage.h"
#include "seats.h"

/* Plot units, y down; each form (plot_arch, plot_westminster, plot_waffle)
 * fills a plot, and the page scales it to points. */
typedef struct SeatPlotSeat { double x, y; int party; } SeatPlotSeat;

typedef struct SeatPlotLine {
	ScenePoint *pts;     /* owned, [n] */
	int n;
	int seats;           /* seats on its left */
	SeatCutKind kind;
	char *label;         /* owned */
	ScenePoint anchor;   /* where its label starts */
	double dir;          /* direction the label moves away in (radians, y up) */
	double clear;        /* the nearest a seat's centre comes to it */
} SeatPlotLine;

/* How far a threshold line's edge (its halo's) stays from every seat's
 * edge: this share of a seat's radius, at least. */
#define SEATPLOT_LINE_CLEAR 0.05

/* A name for a part of the plot (a bench): text whose top-left corner, or
 * bottom-left when above, is at (x, y); x is its right edge when right. */
typedef struct SeatPlotNote {
	const char *text;    /* static */
	double x, y;
	gboolean above, right;
} SeatPlotNote;

#define SEATPLOT_MAX_NOTES 3

typedef struct SeatPlot {
	const Parliament *house;   /* borrowed */
	GArray *seats;             /* of SeatPlotSeat */
	double seat_r;
	GArray *lines;             /* of SeatPlotLine */
	SeatPlotNote notes[SEATPLOT_MAX_NOTES];
	int nnotes;
	double x0, y0, x1, y1;     /* extent of the seats */
	gboolean arch;             /* an arch round (0, 0): labels go radially out,
	                              the total may sit in the hole */
	double hole;               /* the arch's empty middle, radius */
} SeatPlot;

/* Where a plot goes on the page: (x, y) in plot units is at
 * (ox + k x, oy + k y) in points. */
typedef struct SeatPlotPos { double k, ox, oy; } SeatPlotPos;

static inline ScenePoint seatplot_point(SeatPlotPos at, double x, double y)
{
	return (ScenePoint){at.ox + at.k * x, at.oy + at.k * y};
}

/* An empty plot of house h with seats of radius seat_r. The caller clears
 * it with seatplot_clear. */
void seatplot_init(SeatPlot *p, const Parliament *h, double seat_r);
void seatplot_clear(SeatPlot *p);

void seatplot_add_seat(SeatPlot *p, double x, double y, int party);
/* Adds line l (points owned by the plot from now on) for cut c, taking c's
 * label; measures how close the seats added so far come to it. */
void seatplot_add_line(SeatPlot *p, SeatPlotLine *l, SeatCut *c);
void seatplot_add_note(SeatPlot *p, const char *text, double x, double y,
                       gboolean above, gboolean right);

/* The seat radius (at most p->seat_r) at which every line of p, at k points
 * per unit, has room for a stroke SEATMARK_LINE_MIN wide that keeps clear
 * of the seats by SEATPLOT_LINE_CLEAR of a radius. */
double seatplot_line_fit(const SeatPlot *p, double k);

/* Drawing a plot onto the current block of sp, in this order (each line
 * as wide as the room between the seats allows): */
void seatplot_emit_seats(SeatPage *sp, const SeatPlot *p, SeatPlotPos at);
void seatplot_emit_lines(SeatPage *sp, const SeatPlot *p, SeatPlotPos at);
void seatplot_emit_notes(SeatPage *sp, const SeatPlot *p, SeatPlotPos at);
/* The total: in the arch's hole at hole_size (the number's size) when that
 * is > 0, else under the plot. Returns the bottom of the plot and total. */
double seatplot_emit_total(SeatPage *sp, const SeatPlot *p, SeatPlotPos at,
                           double hole_size);
/* Each line's label, from its anchor outwards until it finds room. */
void seatplot_emit_line_labels(SeatPage *sp, const SeatPlot *p, SeatPlotPos at,
                               double size);
/* The largest size (at most max_size) at which the total fits in the arch's
 * hole at k points per unit, or 0 (and always 0 for a form without one). */
double seatplot_hole_size(const SeatPage *sp, const SeatPlot *p, double k,
                          double max_size);

#endif
