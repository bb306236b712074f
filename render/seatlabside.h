/* seatlabside: where party labels may stand around a plot: the sides a
 * party's leader can reach, the box and leader of a label on each, and one
 * round that spreads every side's labels together and finds what clashes. */
#ifndef RENDER_SEATLABSIDE_H
#define RENDER_SEATLABSIDE_H

#include <glib.h>
#include "seatpage.h"
#include "seatplot.h"
#include "seats.h"

typedef enum { SIDE_LEFT, SIDE_RIGHT, SIDE_TOP, SIDE_BOTTOM, NSIDES } Side;

/* What a label says: its name on one line, wrapped at WRAP, wrapped at
 * its longest word, or its number. */
typedef enum { FORM_NAME, FORM_WRAPPED, FORM_NARROW, FORM_NUMBER } Form;

/* An arch label's leader may leave from a few of its party's outer seats,
 * the middle one first: a big party need not be named under a threshold's
 * label. */
#define MAX_SLOTS 5

typedef struct Try { Side side; Form form; int slot; } Try;

typedef struct Label {
	const ParlParty *pp;        /* borrowed */
	int order;                  /* its party's place in the house */
	char *name, *num;           /* owned: "Labour 202", its legend number */
	gboolean exposed[NSIDES];   /* the sides its leader can reach */
	gboolean through[NSIDES];   /* ... only across other parties' seats */
	ScenePoint anchor[NSIDES];  /* where its leader starts toward each side */
	ScenePoint elbow;           /* arch: where the leader leaves the seats */
	double theta;               /* arch: the angle of its anchor, radians */
	int nslots;                 /* arch: the seats its leader may leave from */
	double slot_theta[MAX_SLOTS];  /* ... their angles, the middle first */
	double slot_far;            /* ... their distance from the centre */
	double span0, span1;        /* bands: its seats along the band */
	Try tries[NSIDES * 4 * MAX_SLOTS];  /* best first */
	int ntries, try;            /* try == ntries: no room for any */
	/* The current try, measured (seatlabside_measure) and placed: */
	const char *text;           /* name or num */
	TextStyle st;
	TextSize sz;
	double lo, hi;              /* bounds of its start along its side */
	double x, y;                /* its box's top-left corner */
	ScenePoint leader[3];       /* from the seats to the box */
	int nleader;
	gboolean bad;               /* at fault in the last round */
	gboolean lenient;           /* a last resort: its leader may cross others */
} Label;

/* The labels of one plot or bar and the geometry around them, in points. */
typedef struct Labeller {
	SeatPage *sp;               /* borrowed */
	Label *ls;                  /* owned, [n] */
	int n;
	gboolean arch;
	double cx, cy, R;           /* arch: centre and the seats' outer edge */
	double top, bottom, left, right;   /* the seats' extent */
	GArray *seats;              /* of LabSeat, points; NULL for a bar */
	double seat_r;
	int both;                   /* parties so far whose seats face both bands */
	gboolean hug[NSIDES];       /* an arch's column follows its curve */
} Labeller;

typedef struct LabSeat { double x, y; int party; } LabSeat;

/* A labeller for plot p drawn at `at`, or for a bar spanning [left, right]
 * and [top, bottom]; with no labels yet. seatlabside_clear frees its own. */
void seatlabside_init_plot(Labeller *L, SeatPage *sp, const SeatPlot *p, SeatPlotPos at);
void seatlabside_init_bar(Labeller *L, SeatPage *sp, double left, double right,
                          double top, double bottom);
void seatlabside_clear(Labeller *L);

/* The sides party i's leader can reach and its anchors there; order[]
 * gets them, preferred first. Returns how many. */
int seatlabside_anchor_plot(Labeller *L, Label *b, int party, Side *order);
/* A bar segment [x0, x1]: under or over it. */
void seatlabside_anchor_bar(Labeller *L, Label *b, double x0, double x1);

/* Sets b's text, style, size and (beside an arch) anchor for its current
 * try. */
void seatlabside_measure(const Labeller *L, Label *b);

/* One round: every side's labels spread together, then boxes and leaders
 * checked against each other and what the page holds; sets each label's
 * place and leader, and `bad` where something clashes. */
void seatlabside_place_all(Labeller *L);

/* The room beside an arch a label of this text needs, at its narrowest
 * form (long names wrapped), with its leader's gutter. */
double seatlabside_width(TextMeasurer *tm, const char *text);

#endif
