/* palette: colours kept across a report's figures; see palette.h. */
#include "palette.h"
#include "diag.h"
#include "table.h"

#include <stdlib.h>
#include <string.h>

/* Okabe-Ito hues, the light ones darkened to 3:1 on white, and three
 * darker hues; no grey (it reads as "other") and no yellow (it vanishes). */
static const unsigned named[PALETTE_NAMED] = {
	0x0072B2,   /* blue */
	0xD55E00,   /* vermillion */
	0x009E73,   /* bluish green */
	0xB8649A,   /* reddish purple */
	0xA66F00,   /* ochre */
	0x332288,   /* indigo */
	0x8F8400,   /* olive */
	0x882255,   /* wine */
};

/* What the file says of one name: its colour and its row (0 the first). */
typedef struct Listed {
	Color color;
	int row;
} Listed;

struct Palette {
	GHashTable *colors;   /* name (owned) -> Listed* (owned) */
};

enum { COL_NAME, COL_GROUP, COL_PARTY, COL_COLOR, NCOLS };

static const TableColumn columns[NCOLS] = {
	[COL_NAME] = {"name", FALSE}, [COL_GROUP] = {"group", FALSE},
	[COL_PARTY] = {"party", FALSE}, [COL_COLOR] = {"color", TRUE},
};

void palette_free(Palette *p)
{
	if (!p)
		return;
	g_hash_table_destroy(p->colors);
	g_free(p);
}

/* The column that names the rows: name, else group, else party. */
static int name_column(const Table *t)
{
	for (int c = COL_NAME; c <= COL_PARTY; c++)
		if (table_has(t, c))
			return c;
	return -1;
}

static gboolean load_row(Palette *p, const Table *t, int r, int ncol, GError **err)
{
	const char *path = table_path(t);
	char *name = table_text(t, r, ncol), *text = table_text(t, r, COL_COLOR);
	const TableCell *nc = table_cell(t, r, ncol), *cc = table_cell(t, r, COL_COLOR);
	Color c;
	gboolean ok = TRUE;
	if (!name)
		ok = diag_at(err, path, nc->line, nc->col, "%s is empty; expected the "
		             "name of a group or party", columns[ncol].name);
	else if (!text || !color_parse(text, &c)) {
		char *why = color_expected(text ? text : "");
		ok = diag_at(err, path, cc->line, cc->col, "color \"%s\": %s", text ? text : "",
		             why);
		g_free(why);
	} else if (g_hash_table_contains(p->colors, name))
		ok = diag_at(err, path, nc->line, nc->col, "\"%s\" is listed twice; expected "
		             "one row per name", name);
	if (ok) {
		Listed l = {c, r};
		g_hash_table_insert(p->colors, name, g_memdup2(&l, sizeof l));
		name = NULL;
	}
	g_free(name);
	g_free(text);
	return ok;
}

Palette *palette_load(const char *path, GError **err)
{
	Table *t = table_read(path, columns, NCOLS, err);
	if (!t)
		return NULL;
	Palette *p = g_new0(Palette, 1);
	p->colors = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	int ncol = name_column(t);
	gboolean ok = ncol >= 0 || diag_at(err, path, 1, 1, "no column name, group or "
	                                   "party; expected a header such as name,color");
	for (int r = 0; ok && r < table_rows(t); r++)
		ok = load_row(p, t, r, ncol, err);
	table_free(t);
	if (!ok) {
		palette_free(p);
		return NULL;
	}
	return p;
}

gboolean palette_lookup(const Palette *p, const char *name, Color *out)
{
	const Listed *l = p && name ? g_hash_table_lookup(p->colors, name) : NULL;
	if (l)
		*out = l->color;
	return l != NULL;
}

int palette_row(const Palette *p, const char *name)
{
	const Listed *l = p && name ? g_hash_table_lookup(p->colors, name) : NULL;
	return l ? l->row : -1;
}

Color palette_named(int i)
{
	return color_rgb(named[((i % PALETTE_NAMED) + PALETTE_NAMED) % PALETTE_NAMED]);
}

int palette_preferred(const char *name)
{
	/* FNV-1a: the same on every machine, unlike g_str_hash's promise. */
	guint32 h = 2166136261u;
	for (const unsigned char *s = (const unsigned char *)name; *s; s++)
		h = (h ^ *s) * 16777619u;
	return (int)(h % PALETTE_NAMED);
}

/* Close enough to be taken for one another on a chart. */
static gboolean close_colors(Color a, Color b)
{
	double dr = a.r - b.r, dg = a.g - b.g, db = a.b - b.b;
	return dr * dr + dg * dg + db * db < 0.12 * 0.12 * 3;
}

typedef struct Entry {
	const char *name;
	double weight;
	int index;
} Entry;

static int cmp_name(const void *pa, const void *pb)
{
	const Entry *a = pa, *b = pb;
	return strcmp(a->name, b->name);
}

static int cmp_weight(const void *pa, const void *pb)
{
	const Entry *a = pa, *b = pb;
	if (a->weight != b->weight)
		return a->weight > b->weight ? -1 : 1;
	return strcmp(a->name, b->name);
}

/* The free slot at or after the name's preferred one, or -1. */
static int take_slot(gboolean *taken, const char *name)
{
	int want = palette_preferred(name);
	for (int k = 0; k < PALETTE_NAMED; k++) {
		int s = (want + k) % PALETTE_NAMED;
		if (!taken[s]) {
			taken[s] = TRUE;
			return s;
		}
	}
	return -1;
}

void palette_assign(const char *const *names, const double *weight, const Color *fixed,
                    int n, Color *out)
{
	gboolean taken[PALETTE_NAMED] = {FALSE};
	Entry *free_names = g_new(Entry, MAX(n, 1));
	int nfree = 0, free_colors = PALETTE_NAMED;
	for (int i = 0; i < n; i++) {
		out[i] = COLOR_NONE;
		if (fixed && fixed[i].a > 0) {
			out[i] = fixed[i];
			for (int s = 0; s < PALETTE_NAMED; s++)
				if (!taken[s] && close_colors(fixed[i], palette_named(s))) {
					taken[s] = TRUE;
					free_colors--;
				}
		} else {
			free_names[nfree++] = (Entry){names[i], weight ? weight[i] : 0, i};
		}
	}
	/* Beyond the free colours the heaviest names keep one. */
	if (nfree > free_colors) {
		qsort(free_names, (size_t)nfree, sizeof(Entry), cmp_weight);
		nfree = free_colors;
	}
	qsort(free_names, (size_t)nfree, sizeof(Entry), cmp_name);
	for (int k = 0; k < nfree; k++)
		out[free_names[k].index] = palette_named(take_slot(taken, free_names[k].name));
	g_free(free_names);
}

double palette_contrast(Color c)
{
	return 1.05 / (color_luminance(c) + 0.05);
}

Color palette_readable(Color c, double ratio)
{
	/* Darkening by a factor lowers luminance monotonically; a few halvings
	 * of the step find the lightest version that reads. */
	if (palette_contrast(c) >= ratio)
		return c;
	double lo = 0, hi = 1;
	for (int i = 0; i < 20; i++) {
		double k = (lo + hi) / 2;
		Color d = {c.r * k, c.g * k, c.b * k, c.a};
		if (palette_contrast(d) >= ratio)
			lo = k;
		else
			hi = k;
	}
	return (Color){c.r * lo, c.g * lo, c.b * lo, c.a};
}
