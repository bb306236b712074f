/* fonts: bundled fonts only, measured with pango under fixed options; see fonts.h.
 * Model: pango's own tests build a private FcConfig and attach it to a fresh
 * font map, so nothing of /etc/fonts or the user's fonts can leak in. */
#include "fonts.h"
#include "diag.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <errno.h>
#include <string.h>

/* Code points both the regular and the bold face draw, as sorted closed
 * ranges, with a bitmap of the Basic Multilingual Plane for the common case. */
typedef struct Coverage {
	GArray *ranges;             /* CoverRange, sorted, disjoint; owned */
	guint32 bmp[0x10000 / 32];  /* bit c set: code point c < 0x10000 is drawn */
} Coverage;

typedef struct CoverRange {
	gunichar first, last;
} CoverRange;

/* One remembered measurement: the style fields that change a layout, the
 * text and its size. A lookup key points text at the caller's string; a
 * stored entry at its own copy right after the struct. */
typedef struct SizeEntry {
	double size, wrap;
	int bold, italic, align;
	const char *text;
	TextSize ts;
} SizeEntry;

struct Fonts {
	TextMeasurer measurer;      /* first, so a TextMeasurer* is a Fonts* */
	PangoFontMap *map;          /* owned */
	PangoContext *context;      /* owned */
	Coverage *coverage;         /* owned */
	GHashTable *sizes;          /* SizeEntry set; owns the entries */
	char *dir;                  /* owned */
};

/* The bundled faces. Each must be there: without the bold or the italic
 * file fontconfig would make one up by slanting or thickening the regular,
 * and the figure would come out different. */
static const char *const bundled[] = {
	"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
};

/* Where the fonts are looked for, from the folder of the program:
 * build/render and build/asan/render in the source tree, PREFIX/bin/render
 * when installed. */
static const char *const beside[] = {
	"../fonts", "../../fonts", "../share/render/fonts",
};

/* $RENDER_FONTS, else the first folder of beside that holds the regular
 * face; NULL with *err when there is none. */
static char *find_dir(GError **err)
{
	const char *env = g_getenv("RENDER_FONTS");
	if (env && *env)
		return g_strdup(env);
	char *exe = g_file_read_link("/proc/self/exe", NULL);
	char *bindir = exe ? g_path_get_dirname(exe) : g_strdup(".");
	g_free(exe);
	char *found = NULL;
	GString *tried = g_string_new(NULL);
	for (size_t i = 0; i < G_N_ELEMENTS(beside) && !found; i++) {
		char *d = g_build_filename(bindir, beside[i], NULL);
		char *canon = g_canonicalize_filename(d, NULL);
		char *probe = g_build_filename(canon, bundled[0], NULL);
		if (g_file_test(probe, G_FILE_TEST_IS_REGULAR))
			found = g_strdup(canon);
		g_string_append_printf(tried, "%s%s", i ? ", " : "", canon);
		g_free(probe);
		g_free(canon);
		g_free(d);
	}
	g_free(bindir);
	if (!found)
		diag_fail(err, DIAG_IO, "the bundled fonts are not beside the program "
		          "(looked in %s); set RENDER_FONTS to the folder holding them",
		          tried->str);
	g_string_free(tried, TRUE);
	return found;
}

/* Adds each bundled face by its file name (adding files, not the folder,
 * writes no fontconfig cache); FALSE with *err naming the first missing or
 * unusable one. */
static gboolean add_fonts(FcConfig *config, const char *dir, GError **err)
{
	if (!g_file_test(dir, G_FILE_TEST_IS_DIR))
		return diag_fail(err, DIAG_IO, "fonts folder %s: %s; set RENDER_FONTS to "
		                 "the folder holding the bundled fonts", dir,
		                 g_strerror(g_file_test(dir, G_FILE_TEST_EXISTS) ? ENOTDIR
		                                                                 : ENOENT));
	for (size_t i = 0; i < G_N_ELEMENTS(bundled); i++) {
		char *path = g_build_filename(dir, bundled[i], NULL);
		gboolean there = g_file_test(path, G_FILE_TEST_IS_REGULAR);
		gboolean added = there && FcConfigAppFontAddFile(config, (const FcChar8 *)path);
		g_free(path);
		if (!added)
			return diag_fail(err, DIAG_IO, "fonts folder %s: %s %s; the bundled "
			                 "fonts are %s: reinstall them or set RENDER_FONTS to "
			                 "the folder holding them", dir, bundled[i],
			                 there ? "is not a font" : "is missing",
			                 there ? "damaged" : "incomplete");
	}
	return TRUE;
}

static PangoFontDescription *describe(const TextStyle *style)
{
	PangoFontDescription *fd = pango_font_description_new();
	pango_font_description_set_family_static(fd, FONTS_FAMILY);
	pango_font_description_set_weight(fd, style->bold ? PANGO_WEIGHT_BOLD
	                                                   : PANGO_WEIGHT_NORMAL);
	pango_font_description_set_style(fd, style->italic ? PANGO_STYLE_ITALIC
	                                                   : PANGO_STYLE_NORMAL);
	pango_font_description_set_size(fd, (gint)(style->size * PANGO_SCALE + 0.5));
	return fd;
}

/* Loads the family in a style and checks fontconfig did not substitute
 * another family for it. */
static PangoFont *load_checked(Fonts *f, gboolean bold, gboolean italic,
                               GError **err)
{
	TextStyle st = {.size = 10, .bold = bold, .italic = italic};
	PangoFontDescription *fd = describe(&st);
	PangoFont *font = pango_font_map_load_font(f->map, f->context, fd);
	pango_font_description_free(fd);
	const char *got = NULL;
	PangoFontDescription *desc = font ? pango_font_describe(font) : NULL;
	if (desc)
		got = pango_font_description_get_family(desc);
	if (!got || g_ascii_strcasecmp(got, FONTS_FAMILY) != 0) {
		diag_fail(err, DIAG_IO, "font \"%s%s%s\" is not in %s (got \"%s\"); "
		          "the bundled fonts are missing or damaged", FONTS_FAMILY,
		          bold ? " Bold" : "", italic ? " Italic" : "", f->dir,
		          got ? got : "nothing");
		if (font)
			g_object_unref(font);
		font = NULL;
	}
	if (desc)
		pango_font_description_free(desc);
	return font;
}

static void set_layout(PangoLayout *layout, const char *text,
                       const TextStyle *style)
{
	PangoFontDescription *fd = describe(style);
	pango_layout_set_font_description(layout, fd);
	pango_font_description_free(fd);
	if (style->wrap > 0) {
		pango_layout_set_width(layout, (int)(style->wrap * PANGO_SCALE));
		pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
	}
	pango_layout_set_alignment(layout, style->align == TEXT_CENTER ? PANGO_ALIGN_CENTER
	                           : style->align == TEXT_RIGHT        ? PANGO_ALIGN_RIGHT
	                                                               : PANGO_ALIGN_LEFT);
	pango_layout_set_text(layout, text, -1);
}

PangoLayout *fonts_layout(Fonts *f, const char *text, const TextStyle *style)
{
	PangoLayout *layout = pango_layout_new(f->context);
	set_layout(layout, text, style);
	return layout;
}

static SizeEntry size_key(const char *text, const TextStyle *style)
{
	return (SizeEntry){
		.size = style->size, .wrap = style->wrap, .bold = !!style->bold,
		.italic = !!style->italic, .align = (int)style->align, .text = text,
	};
}

/* Mixes the style into the text's hash; only the bits of the numbers count,
 * so the hash is the same on every run. */
static guint size_hash(gconstpointer p)
{
	const SizeEntry *e = p;
	guint64 bits[2];
	memcpy(&bits[0], &e->size, sizeof bits[0]);
	memcpy(&bits[1], &e->wrap, sizeof bits[1]);
	guint h = g_str_hash(e->text);
	for (int i = 0; i < 2; i++)
		h = h * 31u + (guint)(bits[i] ^ (bits[i] >> 32));
	return h * 31u + (guint)(e->bold | e->italic << 1 | e->align << 2);
}

static gboolean size_equal(gconstpointer pa, gconstpointer pb)
{
	const SizeEntry *a = pa, *b = pb;
	return a->size == b->size && a->wrap == b->wrap && a->bold == b->bold &&
	       a->italic == b->italic && a->align == b->align &&
	       strcmp(a->text, b->text) == 0;
}

static TextSize measure(TextMeasurer *m, const char *text, const TextStyle *style)
{
	Fonts *f = (Fonts *)m;
	/* Layouts measure the same label at the same widths many times over
	 * (each wrap width, each row limit of a fixed page): shaping it once
	 * keeps a 2000-character label from costing seconds. The key is the
	 * style's fields and the text as they are, never formatted into a string. */
	SizeEntry key = size_key(text, style);
	const SizeEntry *hit = g_hash_table_lookup(f->sizes, &key);
	if (hit)
		return hit->ts;
	/* A text no wider than the wrap width stays on one line, measured as
	 * without it: the search for a label's width tries many widths wider
	 * than the label, and each would shape it again. */
	if (style->wrap > 0) {
		TextStyle one_line = *style;
		one_line.wrap = 0;
		TextSize ts = measure(m, text, &one_line);
		if (ts.w <= style->wrap && ts.lines == 1)
			return ts;
	}
	PangoLayout *layout = fonts_layout(f, text, style);
	PangoRectangle logical;
	pango_layout_get_extents(layout, NULL, &logical);
	key.ts = (TextSize){
		.w = (double)logical.width / PANGO_SCALE,
		.h = (double)logical.height / PANGO_SCALE,
		.baseline = (double)pango_layout_get_baseline(layout) / PANGO_SCALE,
		.lines = pango_layout_get_line_count(layout),
	};
	g_object_unref(layout);
	size_t len = strlen(text) + 1;
	SizeEntry *e = g_malloc(sizeof *e + len);
	*e = key;
	e->text = memcpy(e + 1, text, len);
	g_hash_table_add(f->sizes, e);
	return key.ts;
}

static char **lines(TextMeasurer *m, const char *text, const TextStyle *style)
{
	PangoLayout *layout = fonts_layout((Fonts *)m, text, style);
	GPtrArray *out = g_ptr_array_new();
	for (GSList *l = pango_layout_get_lines_readonly(layout); l; l = l->next) {
		const PangoLayoutLine *line = l->data;
		int len = line->length;
		/* The space a line breaks at belongs to no line. */
		while (len > 0 && text[line->start_index + len - 1] == ' ')
			len--;
		g_ptr_array_add(out, g_strndup(text + line->start_index, (gsize)len));
	}
	g_ptr_array_add(out, NULL);
	g_object_unref(layout);
	return (char **)g_ptr_array_free(out, FALSE);
}

/* The code points of a face as fontconfig lists them (what pango_font_has_char
 * answers from), or NULL. Borrowed from the font. */
static FcCharSet *charset_of(PangoFont *font)
{
	FcCharSet *cs = NULL;
	FcPattern *pat = PANGO_IS_FC_FONT(font) ? pango_fc_font_get_pattern(PANGO_FC_FONT(font))
	                                        : NULL;
	if (!pat || FcPatternGetCharSet(pat, FC_CHARSET, 0, &cs) != FcResultMatch)
		return NULL;
	return cs;
}

static void cover_add(Coverage *cv, gunichar c)
{
	guint n = cv->ranges->len;
	CoverRange *last = n ? &g_array_index(cv->ranges, CoverRange, n - 1) : NULL;
	if (last && last->last + 1 == c) {
		last->last = c;
	} else {
		CoverRange r = {c, c};
		g_array_append_val(cv->ranges, r);
	}
	if (c < 0x10000)
		cv->bmp[c / 32] |= 1u << (c % 32);
}

/* What both faces draw, read once from their fontconfig charsets, page by
 * page (256 code points a page) in increasing order. */
static Coverage *coverage_new(PangoFont *regular, PangoFont *bold)
{
	Coverage *cv = g_new0(Coverage, 1);
	cv->ranges = g_array_new(FALSE, FALSE, sizeof(CoverRange));
	FcCharSet *a = charset_of(regular), *b = charset_of(bold);
	FcCharSet *both = a && b ? FcCharSetIntersect(a, b) : NULL;
	if (!both)
		return cv;
	FcChar32 map[FC_CHARSET_MAP_SIZE], next;
	for (FcChar32 base = FcCharSetFirstPage(both, map, &next); base != FC_CHARSET_DONE;
	     base = FcCharSetNextPage(both, map, &next)) {
		for (int w = 0; w < FC_CHARSET_MAP_SIZE; w++)
			for (int bit = 0; bit < 32; bit++)
				if (map[w] >> bit & 1u)
					cover_add(cv, base + (FcChar32)(w * 32 + bit));
	}
	FcCharSetDestroy(both);
	return cv;
}

static void coverage_free(Coverage *cv)
{
	if (!cv)
		return;
	g_array_free(cv->ranges, TRUE);
	g_free(cv);
}

static gboolean covered(const Coverage *cv, gunichar c)
{
	if (c < 0x10000)
		return cv->bmp[c / 32] >> (c % 32) & 1;
	guint lo = 0, hi = cv->ranges->len;
	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;
		const CoverRange *r = &g_array_index(cv->ranges, CoverRange, mid);
		if (c < r->first)
			hi = mid;
		else if (c > r->last)
			lo = mid + 1;
		else
			return TRUE;
	}
	return FALSE;
}

/* Controls and format characters take no glyph of their own. */
static gboolean needs_glyph(gunichar c)
{
	return !(c < 0x20 || c == 0x200b || c == 0x200c || c == 0x200d || c == 0xad);
}

static gunichar missing_glyph(TextMeasurer *m, const char *text)
{
	const Coverage *cv = ((Fonts *)m)->coverage;
	const guchar *p = (const guchar *)text;
	while (*p) {
		gunichar c = *p;
		if (c < 0x80) {   /* most labels are ASCII: one bit test a byte */
			p++;
		} else {
			c = g_utf8_get_char((const char *)p);
			p = (const guchar *)g_utf8_next_char(p);
		}
		if (!covered(cv, c) && needs_glyph(c))
			return c;
	}
	return 0;
}

Fonts *fonts_open(const char *dir, GError **err)
{
	Fonts *f = g_new0(Fonts, 1);
	f->measurer.measure = measure;
	f->measurer.missing_glyph = missing_glyph;
	f->measurer.lines = lines;
	f->dir = dir ? g_strdup(dir) : find_dir(err);
	f->sizes = g_hash_table_new_full(size_hash, size_equal, g_free, NULL);
	if (!f->dir) {
		fonts_close(f);
		return NULL;
	}

	/* An empty configuration: it reads neither /etc/fonts nor ~/.fonts. */
	FcConfig *config = FcConfigCreate();
	if (!add_fonts(config, f->dir, err)) {
		FcConfigDestroy(config);
		fonts_close(f);
		return NULL;
	}
	/* Also make it fontconfig's current configuration: pango and cairo
	 * otherwise load the system one (/etc/fonts) for their own lookups. */
	FcConfigSetCurrent(config);
	f->map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
	pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(f->map), config);
	FcConfigDestroy(config);

	f->context = pango_font_map_create_context(f->map);
	/* One unhinted policy for every format, so PNG, PDF and SVG share a layout. */
	cairo_font_options_t *fo = cairo_font_options_create();
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
	pango_cairo_context_set_font_options(f->context, fo);
	cairo_font_options_destroy(fo);
	pango_cairo_context_set_resolution(f->context, 72.0); /* 1 unit = 1 pt */
	pango_context_set_round_glyph_positions(f->context, FALSE);
	pango_context_set_language(f->context, pango_language_from_string("en"));
	pango_context_set_base_dir(f->context, PANGO_DIRECTION_LTR);

	PangoFont *regular = load_checked(f, FALSE, FALSE, err);
	PangoFont *bold = regular ? load_checked(f, TRUE, FALSE, err) : NULL;
	PangoFont *italic = bold ? load_checked(f, FALSE, TRUE, err) : NULL;
	if (italic)
		f->coverage = coverage_new(regular, bold);
	g_clear_object(&regular);
	g_clear_object(&bold);
	if (!italic) {
		fonts_close(f);
		return NULL;
	}
	g_object_unref(italic);
	return f;
}

/* Signalled when a font map has been finalized. */
typedef struct MapGone {
	GMutex lock;
	GCond cond;
	gboolean gone;
} MapGone;

static void map_gone(gpointer data)
{
	MapGone *g = data;
	g_mutex_lock(&g->lock);
	g->gone = TRUE;
	g_cond_signal(&g->cond);
	g_mutex_unlock(&g->lock);
}

/* Drops the font map and waits until it is finalized. pango 1.50 runs every
 * font match and sort in a thread of its own that holds the map (and the
 * configuration) until it ends, so a short run can be done before they are.
 * FALSE if they take longer than a few seconds. */
static gboolean drop_map(PangoFontMap *map)
{
	/* pango 1.50 also keeps the map's reference to the configuration after
	 * the map is gone; setting none first releases it. */
	pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), NULL);
	MapGone *g = g_new0(MapGone, 1);
	g_mutex_init(&g->lock);
	g_cond_init(&g->cond);
	/* Object data is freed at the very end of finalizing, after pango's own
	 * teardown: only then is fontconfig no longer in use. */
	g_object_set_data_full(G_OBJECT(map), "render-map-gone", g, map_gone);
	g_object_unref(map);
	gint64 until = g_get_monotonic_time() + 5 * G_TIME_SPAN_SECOND;
	g_mutex_lock(&g->lock);
	while (!g->gone && g_cond_wait_until(&g->cond, &g->lock, until))
		;
	gboolean gone = g->gone;
	g_mutex_unlock(&g->lock);
	if (gone) {   /* else a thread may still signal it: leave it be */
		g_cond_clear(&g->cond);
		g_mutex_clear(&g->lock);
		g_free(g);
	}
	return gone;
}

void fonts_close(Fonts *f)
{
	if (!f)
		return;
	g_clear_object(&f->context);
	/* With the map and its threads gone nothing of fontconfig is in use:
	 * free all of it, the current configuration (ours) included, so leak
	 * checks see no leftovers. */
	gboolean idle = !f->map || drop_map(f->map);
	f->map = NULL;
	coverage_free(f->coverage);
	if (f->sizes)
		g_hash_table_destroy(f->sizes);
	g_free(f->dir);
	g_free(f);
	if (idle)
		FcFini();
}

TextMeasurer *fonts_measurer(Fonts *f)
{
	return &f->measurer;
}

const char *fonts_dir(const Fonts *f)
{
	return f->dir;
}

char *fonts_folder(const char *dir, GError **err)
{
	char *found = dir ? g_strdup(dir) : find_dir(err);
	if (!found)
		return NULL;
	/* A configuration of its own, dropped at once: fontconfig alone starts
	 * no thread, and a folder without the fonts fails here once rather than
	 * in every worker. */
	FcConfig *config = FcConfigCreate();
	gboolean ok = add_fonts(config, found, err);
	FcConfigDestroy(config);
	if (!ok) {
		g_free(found);
		return NULL;
	}
	return found;
}
