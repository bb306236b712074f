/* tlplace: where the labels of a horizontal timeline go, as plain boxes: above
 * or below the axis, on a straight stem or shifted sideways on an elbow. */
#ifndef RENDER_TLPLACE_H
#define RENDER_TLPLACE_H

#include <glib.h>

/* How far a label's stem may leave its anchor along the axis (1.5 in): no
 * label box starts or ends farther than this from the event it names. */
#define TLPLACE_MAX_SHIFT 108.0
/* ... on a page whose height follows its content (1 in): there a label can
 * always go farther out instead, and a label near its event is worth some
 * height; so too on a fixed page laid out for nearness (near_first). */
#define TLPLACE_MAX_SHIFT_GROWING 72.0

enum { TLPLACE_BEAM_K = 4 };   /* spots each label offers a repacking search */

/* The side of the axis a label hangs on; indexes per-side arrays. */
typedef enum { TLPLACE_ABOVE, TLPLACE_BELOW, TLPLACE_SIDES } TlPlaceSide;

/* What every placement keeps to. A side's labels start past its band (the
 * room for brackets, or for the elbows once one label of the side is
 * shifted); "height" is what a side's band and labels take beside the axis. */
typedef struct TlPlaceRules {
	double lo, hi;                    /* boxes keep inside [lo, hi] along the axis */
	double gap;                       /* between boxes above one another */
	double gap_x;                     /* between boxes side by side */
	double stem_gap;                  /* between a box and a foreign stem */
	double stem_sep;                  /* between two stems of one side */
	double max_shift;                 /* |stem - anchor| at most this */
	double band[TLPLACE_SIDES];       /* a side's band with straight stems only */
	double elbow_band[TLPLACE_SIDES]; /* ... with an elbow */
	double limit;                     /* the height of both sides plus the extra
	                                     at most this; G_MAXDOUBLE: no limit */
	gboolean near_first;              /* a label's distance from its event weighs
	                                     more against height (a page that grows,
	                                     or a fixed page trying nearness) */
} TlPlaceRules;

/* One way to draw a label: its box, and what drawing it so costs beyond
 * its place (naming fewer of its events, say). */
typedef struct TlPlaceBox { double w, h, penalty; } TlPlaceBox;

typedef struct TlPlaceSpot {
	TlPlaceSide side;
	int box;            /* which of the label's boxes */
	double pos;         /* the stem along the axis */
	double left;        /* the box's left edge */
	double d;           /* the box's near edge, outward from the side's band */
	double w, h;
	double cost;        /* lower is better; see tlplace.c */
	int strands;        /* labels still to come it leaves no side for their stems */
} TlPlaceSpot;

/* One label to place: where its event is and how it may be drawn. */
typedef struct TlPlaceLabel {
	double anchor;             /* the event along the axis */
	int key;                   /* orders labels of equal anchors (time order) */
	const TlPlaceBox *boxes;   /* borrowed for the call; copied by tlplace_put */
	int nboxes;
	unsigned sides;            /* bit 1 << side for each side allowed */
	double extra;              /* height it adds beyond the sides once placed
	                              (a key line under the chart) */
} TlPlaceLabel;

typedef struct TlPlace TlPlace;

/* Caller frees with tlplace_free. */
TlPlace *tlplace_new(const TlPlaceRules *rules);
void tlplace_free(TlPlace *p);

/* The height of one side (0 while it has no label), and of both plus the
 * extra: what the limit bounds. */
double tlplace_side_height(const TlPlace *p, TlPlaceSide side);
double tlplace_height(const TlPlace *p);
/* What the packing costs as a whole, lower is better: its height; with
 * near_first, also how far the stems leave their anchors (in points of
 * height they are worth). */
double tlplace_score(const TlPlace *p);
/* The band a side's labels start past, as things stand. */
double tlplace_band(const TlPlace *p, TlPlaceSide side);
/* Height outside the sides that counts against the limit (span lanes, key
 * lines, notes); the caller keeps it up to date. */
void tlplace_add_extra(TlPlace *p, double extra);

/* Tells of a label still to come and the sides it may take: spots that
 * cover its anchor, or leave its stem no side with room, cost more (until
 * it is put). */
void tlplace_expect(TlPlace *p, double anchor, int key, unsigned sides);

/* From now on the label of that key (placed or to come) may take only
 * these of its sides: something keeps its stem from the others. */
void tlplace_limit_sides(TlPlace *p, int key, unsigned sides);

/* Whether a stem at the anchor could find room between the stems already on
 * the side (time order, stem_sep, max_shift): a cheap test before measuring
 * a label's text. */
gboolean tlplace_stem_room(const TlPlace *p, TlPlaceSide side, double anchor, int key);

/* The cheapest spot for the label among the sides it allows, each box, stems
 * at the anchor or shifted into free space, boxes right of, left of or
 * centred on their stem, each as near the axis as it can go. FALSE when no
 * spot keeps to the rules. Costs O(candidates * placed labels). */
gboolean tlplace_find(const TlPlace *p, const TlPlaceLabel *label, TlPlaceSpot *out);
/* Records the label at spot (from tlplace_find); returns its id, 0 on. */
int tlplace_put(TlPlace *p, const TlPlaceLabel *label, const TlPlaceSpot *spot);
/* Makes room for a label: by moving one placed label near its anchor to
 * another spot (of its own boxes and sides), or by letting the label's
 * stem pass under the boxes in its way and pushing them (and whatever they
 * then meet) outward, whichever leaves the figure lower within the limit;
 * with keep_room, neither may leave a label still to come with no room for
 * its stem. Every label placed stays placed. Returns the label's id, or -1
 * (nothing changed). Costs a few searches per label near the anchor. */
int tlplace_put_making_room(TlPlace *p, const TlPlaceLabel *label, gboolean keep_room);
/* The spot of label id, or NULL when it was taken out. */
const TlPlaceSpot *tlplace_spot(const TlPlace *p, int id);
/* Takes label id out (its extra too). */
void tlplace_take(TlPlace *p, int id);
/* Puts label id, taken out, back at a spot it had (nothing else moved). */
void tlplace_restore(TlPlace *p, int id, const TlPlaceSpot *spot);

/* Where every label is, to go back to after trying something. */
typedef struct TlPlaceState TlPlaceState;
/* Caller frees with tlplace_state_free. */
TlPlaceState *tlplace_save(const TlPlace *p);
/* Every label saved goes back where it was; labels put since come out. */
void tlplace_load(TlPlace *p, const TlPlaceState *s);
void tlplace_state_free(TlPlaceState *s);

/* Moves labels, one at a time in the order they were put, to cheaper spots,
 * never making the height grow; up to `sweeps` passes. Returns the moves. */
int tlplace_improve(TlPlace *p, int sweeps);
/* Places the placed labels ids[0..n) again from scratch in that order, by a
 * beam search: each of the `beam` cheapest partial packings tries the next
 * label at each of its TLPLACE_BEAM_K cheapest spots. Keeps the lowest
 * packing that fits them all when it is lower than before; else changes
 * nothing. TRUE when kept. Costs O(n * beam) searches. */
gboolean tlplace_repack(TlPlace *p, const int *ids, int n, int beam);

#endif
