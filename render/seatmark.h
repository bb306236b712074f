/* seatmark: how a seat chart marks things: a party's seat, swatch or bar
 * segment (colour, outline and hatching by kind) and a threshold line. */
#ifndef RENDER_SEATMARK_H
#define RENDER_SEATMARK_H

#include <glib.h>
#include "color.h"
#include "scene.h"
#include "seatcut.h"
#include "seats.h"

/* The look of one seat (or swatch or segment) of a party at radius r. */
typedef struct SeatMark {
	Color fill;          /* COLOR_NONE for a vacant seat */
	Color stroke;        /* COLOR_NONE: no outline */
	double line_width;   /* of the outline, points; 0 without one */
	gboolean hatch;      /* appointed seats: hatched in the stroke colour */
	double r;            /* the radius to draw at */
} SeatMark;

SeatMark seatmark_of(const ParlParty *pp, double r);

/* A seat of pp centred at (cx, cy), carrying its party and CSV row. The
 * item is valid until the next scene adder. */
SceneItem *seatmark_seat(Scene *s, const ParlParty *pp, double cx, double cy, double r);
/* A legend swatch of pp: a seat of radius r with role "swatch". */
SceneItem *seatmark_swatch(Scene *s, const ParlParty *pp, double cx, double cy, double r);

/* Marks an item (a legend text, a bar segment or its label) as drawing pp. */
void seatmark_tag(SceneItem *it, const ParlParty *pp);

/* The look of a threshold line: the majority solid and heavier, others
 * dashed; a white halo under either keeps it readable across dark seats. */
typedef struct SeatLineMark {
	double width;        /* points */
	double halo;         /* width of the halo under it, points */
	double dash;         /* dash length; 0: solid */
} SeatLineMark;

SeatLineMark seatmark_line(SeatCutKind kind);

/* The narrowest a threshold line is drawn, points: thinner, it would not
 * print. A plot leaves at least this much room between its seats. */
#define SEATMARK_LINE_MIN 0.5

/* The look of a line that must keep within a stroke `room` points wide
 * (the gap between seats, less what it keeps clear of them): line and halo
 * narrowed to it, the line never below SEATMARK_LINE_MIN. */
SeatLineMark seatmark_line_within(SeatCutKind kind, double room);

/* A threshold line along pts[n] with its halo under it (two paths), both
 * within a stroke `room` points wide (G_MAXDOUBLE: as wide as they like). */
void seatmark_cut_path(Scene *s, SeatCutKind kind, const ScenePoint *pts, int n,
                       double room);
/* A piece of a vertical threshold line at x, from line0 down to line1, its
 * halo from halo0 to halo1 (none when halo1 <= halo0): across a bar the
 * halo covers only the bar. */
void seatmark_cut_line(Scene *s, SeatCutKind kind, double x, double line0, double line1,
                       double halo0, double halo1);

#endif
