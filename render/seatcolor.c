/* seatcolor: the colours of the parties; see seatcolor.h. Per house a bit
 * set of the default colours in use keeps the hand-out linear. */
#include "seatcolor.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Seats drawn for groups that are not parties: neutral, so party colours
 * keep their meaning. Appointed seats are also hatched, vacant ones hollow. */
#define APPOINTED_COLOR 0x8C8C8C
#define INDEPENDENT_COLOR 0xB3B3B3
#define VACANT_COLOR 0xA6A6A6
#define OTHERS_COLOR 0xCCCCCC   /* "Others" (--others): lighter than any group */
/* The palette's own grey reads as "not a party": parties skip it. */
#define PALETTE_GREY 0x666666

/* How hard a default colour is sought, most demanding first. */
typedef enum {
	TRY_UNLIKE_CHART,       /* unlike every colour of the chart: one shared legend */
	TRY_UNLIKE_HOUSES,      /* unlike every colour of the party's houses */
	TRY_NOT_SAME,           /* at least not the same as one there */
	TRY_UNLIKE_NEIGHBOURS,  /* at least unlike the parties beside it */
	TRY_COUNT
} ColorTry;

static gboolean same_color(Color a, Color b)
{
	return fabs(a.r - b.r) < 1e-6 && fabs(a.g - b.g) < 1e-6 && fabs(a.b - b.b) < 1e-6;
}

/* Whether two colours would be taken for one another: a weighted RGB
 * distance (the eye is most sensitive to green), coarse but enough to keep
 * a default colour off a party's given one. */
static gboolean close_color(Color a, Color b)
{
	double dr = a.r - b.r, dg = a.g - b.g, db = a.b - b.b;
	return 2 * dr * dr + 4 * dg * dg + 3 * db * db < 0.12;
}

/* The i-th default colour: the palette, then its colours lightened, so a
 * chamber of up to twice the palette's size needs no colour twice. */
static Color default_color(int i)
{
	int n = color_palette_size();
	i %= 2 * n;
	return i < n ? color_palette(i) : color_tint(color_palette(i - n), 0.55);
}

/* A party that needs a default colour. */
typedef struct Need {
	int lineage;
	int weight;      /* most seats in any election */
	int order;       /* first appearance */
} Need;

static int need_cmp(const void *pa, const void *pb)
{
	const Need *a = pa, *b = pb;
	if (a->weight != b->weight)
		return a->weight > b->weight ? -1 : 1;
	return a->order - b->order;
}

/* The hand-out under way; a party is its lineage (seatseries), so a renamed
 * party keeps its colour. */
typedef struct Colors {
	ParlSet *set;
	Color *color_of;       /* per lineage: its colour, once known */
	const ParlParty **given_by;  /* per lineage: the party whose colour it has */
	const ParlParty **first_given;  /* per lineage: its first colour cell */
	gboolean *listed;      /* per lineage: the palette gives its colour */
	GArray **where;        /* per lineage: (house, index) pairs, for needs */
	GArray *needs;         /* of Need, biggest first */
	GPtrArray *warnings;   /* of char *: colours given twice */
	int size;              /* default colours: twice the palette */
	guint32 *mask;         /* per house: defaults close to a colour in use */
	guint32 *exact;        /* per house: defaults in use themselves */
	guint32 chart;         /* defaults close to a colour in use anywhere */
} Colors;

static void colors_init(Colors *C, ParlSet *set)
{
	int nl = MAX(set->nlineages, 1);
	*C = (Colors){.set = set, .size = 2 * color_palette_size()};
	C->color_of = g_new0(Color, nl);
	C->given_by = g_new0(const ParlParty *, nl);
	C->first_given = g_new0(const ParlParty *, nl);
	C->listed = g_new0(gboolean, nl);
	C->where = g_new0(GArray *, nl);
	C->needs = g_array_new(FALSE, FALSE, sizeof(Need));
	C->warnings = g_ptr_array_new();
	C->mask = g_new0(guint32, MAX(set->n, 1));
	C->exact = g_new0(guint32, MAX(set->n, 1));
}

static void colors_clear(Colors *C)
{
	for (int i = 0; i < C->set->nlineages; i++)
		if (C->where[i])
			g_array_free(C->where[i], TRUE);
	g_free(C->where);
	g_free(C->given_by);
	g_free(C->first_given);
	g_free(C->listed);
	g_free(C->color_of);
	g_free(C->mask);
	g_free(C->exact);
	g_array_free(C->needs, TRUE);
	g_strfreev(C->set->warnings);
	g_ptr_array_add(C->warnings, NULL);
	C->set->warnings = (char **)g_ptr_array_free(C->warnings, C->warnings->len == 1);
}

static char *hex(Color c)
{
	return g_strdup_printf("#%02x%02x%02x", (int)(c.r * 255 + 0.5), (int)(c.g * 255 + 0.5),
	                       (int)(c.b * 255 + 0.5));
}

/* A party given a colour its lineage was given differently before: drawn in
 * the first, and said so at the cell. */
static void warn_twice(Colors *C, const ParlParty *p, const ParlParty *first)
{
	char *a = hex(p->color), *b = hex(first->color);
	g_ptr_array_add(C->warnings, g_strdup_printf(
		"%s:%d:%d: color %s: party \"%s\" was given %s on line %d%s%s%s", C->set->path,
		p->line, p->color_col, a, p->name, b, first->line,
		strcmp(first->name, p->name) ? " (as \"" : "",
		strcmp(first->name, p->name) ? first->name : "",
		strcmp(first->name, p->name) ? "\")" : ""));
	g_free(a);
	g_free(b);
}

/* The palette's colours (a party under its latest listed name), then the
 * given ones where the palette has none (the first a lineage is given
 * wins; another is said in a warning); then the defaults near each colour
 * in use are marked, per house and for the chart. */
static void take_given(Colors *C)
{
	const ParlSet *set = C->set;
	for (int i = 0; i < set->n; i++)
		for (int j = 0; j < set->houses[i].nparties; j++) {
			ParlParty *p = &set->houses[i].parties[j];
			Color c;
			if (set->palette && p->ngathered == 0 && palette_lookup(set->palette, p->name, &c)) {
				C->color_of[p->lineage] = c;
				C->given_by[p->lineage] = p;
				C->listed[p->lineage] = TRUE;
			}
		}
	for (int i = 0; i < set->n; i++)
		for (int j = 0; j < set->houses[i].nparties; j++) {
			ParlParty *p = &set->houses[i].parties[j];
			if (!p->given_color)
				continue;
			const ParlParty *first = C->first_given[p->lineage];
			if (!first)
				C->first_given[p->lineage] = p;
			else if (!same_color(first->color, p->color))
				warn_twice(C, p, first);
			if (!first && !C->listed[p->lineage]) {
				C->given_by[p->lineage] = p;
				C->color_of[p->lineage] = p->color;
			}
		}
	for (int i = 0; i < set->n; i++)
		for (int j = 0; j < set->houses[i].nparties; j++) {
			const ParlParty *p = &set->houses[i].parties[j];
			if (!C->given_by[p->lineage])
				continue;
			Color c = C->color_of[p->lineage];
			for (int k = 0; k < C->size; k++) {
				if (close_color(c, default_color(k)))
					C->mask[i] |= 1u << k, C->chart |= 1u << k;
				if (same_color(c, default_color(k)))
					C->exact[i] |= 1u << k;
			}
		}
}

/* The parties without a colour, where each sits, biggest first. */
static void collect_needs(Colors *C)
{
	for (int i = 0; i < C->set->n; i++)
		for (int j = 0; j < C->set->houses[i].nparties; j++) {
			ParlParty *p = &C->set->houses[i].parties[j];
			if (C->given_by[p->lineage] || p->kind != PARL_PARTY || p->ngathered > 0)
				continue;
			GArray *at = C->where[p->lineage];
			if (!at) {
				at = C->where[p->lineage] = g_array_new(FALSE, FALSE, sizeof(int));
				Need nd = {p->lineage, 0, (int)C->needs->len};
				g_array_append_val(C->needs, nd);
			}
			int pair[2] = {i, j};
			g_array_append_vals(at, pair, 2);
		}
	for (guint n = 0; n < C->needs->len; n++) {
		Need *nd = &g_array_index(C->needs, Need, n);
		GArray *at = C->where[nd->lineage];
		for (guint q = 0; q < at->len; q += 2) {
			int i = g_array_index(at, int, q), j = g_array_index(at, int, q + 1);
			nd->weight = MAX(nd->weight, C->set->houses[i].parties[j].seats);
		}
	}
	if (C->needs->len > 1)
		qsort(C->needs->data, C->needs->len, sizeof(Need), need_cmp);
}

/* Whether default colour k is taken, as `try` sees it, for a party that
 * sits at the (house, index) pairs of at. */
static gboolean taken(const Colors *C, const GArray *at, int k, ColorTry try)
{
	Color d = default_color(k);
	for (guint q = 0; q < at->len; q += 2) {
		int i = g_array_index(at, int, q), j = g_array_index(at, int, q + 1);
		const Parliament *h = &C->set->houses[i];
		if (try != TRY_UNLIKE_NEIGHBOURS) {
			guint32 used = try == TRY_UNLIKE_CHART ? C->chart
			             : try == TRY_UNLIKE_HOUSES ? C->mask[i] : C->exact[i];
			if ((used >> k) & 1)
				return TRUE;
			continue;
		}
		for (int nb = j - 1; nb <= j + 1; nb += 2) {
			if (nb < 0 || nb >= h->nparties)
				continue;
			int lin = h->parties[nb].lineage;
			if (C->color_of[lin].a > 0 && close_color(C->color_of[lin], d))
				return TRUE;
		}
	}
	return FALSE;
}

/* The first default colour free at the most demanding try that has one;
 * failing all, the n-th in turn. */
static int pick(const Colors *C, const GArray *at, guint n)
{
	Color grey = color_rgb(PALETTE_GREY);
	for (ColorTry try = 0; try < TRY_COUNT; try++)
		for (int k = 0; k < C->size; k++) {
			if (same_color(color_palette(k % color_palette_size()), grey))
				continue;
			if (!taken(C, at, k, try))
				return k;
		}
	return (int)(n % (guint)C->size);
}

/* Gives the party of need n its colour, and blocks that colour and any
 * default colour close to it. */
static void hand_out(Colors *C, guint n)
{
	const Need *nd = &g_array_index(C->needs, Need, n);
	GArray *at = C->where[nd->lineage];
	int k = pick(C, at, n);
	Color c = default_color(k);
	C->color_of[nd->lineage] = c;
	guint32 bits = 0;
	for (int b = 0; b < C->size; b++)
		if (close_color(c, default_color(b)))
			bits |= 1u << b;
	C->chart |= bits;
	for (guint q = 0; q < at->len; q += 2) {
		C->mask[g_array_index(at, int, q)] |= bits;
		C->exact[g_array_index(at, int, q)] |= 1u << k;
	}
}

void seatcolor_assign(ParlSet *set)
{
	Colors C;
	colors_init(&C, set);
	take_given(&C);
	collect_needs(&C);
	for (guint n = 0; n < C.needs->len; n++)
		hand_out(&C, n);
	for (int i = 0; i < set->n; i++)
		for (int j = 0; j < set->houses[i].nparties; j++) {
			ParlParty *p = &set->houses[i].parties[j];
			if (p->ngathered > 0)
				p->color = color_rgb(OTHERS_COLOR);
			else if (C.color_of[p->lineage].a > 0)
				p->color = C.color_of[p->lineage];
			else
				p->color = color_rgb(p->kind == PARL_APPOINTED ? APPOINTED_COLOR
				                     : p->kind == PARL_VACANT  ? VACANT_COLOR
				                                               : INDEPENDENT_COLOR);
		}
	colors_clear(&C);
}
