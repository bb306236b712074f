/* fonts: bundled fonts only, measured with pango under fixed options; see fonts.h.
 * Model: pango's own tests build a private FcConfig and attach it to a fresh
 * font map, so nothing of /etc/fonts or the user's fonts can leak in. */
#include "fonts.h"
#include "diag.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
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

static char *find_dir(void)
{
	const char *env = g_getenv("RENDER_FONTS");
	if (env && *env)
		return g_strdup(env);
	char *exe = g_file_read_link("/proc/self/exe", NULL);
	if (!exe)
		return g_strdup("fonts");
	char *bindir = g_path_get_dirname(exe);
	g_free(exe);
	/* build/render -> fonts/ in the source tree; PREFIX/bin/render ->
	 * PREFIX/share/render/fonts when installed. */
	const char *tries[] = {"../fonts", "../share/render/fonts", "fonts"};
	char *found = NULL;
	for (size_t i = 0; i < G_N_ELEMENTS(tries) && !found; i++) {
		char *d = g_build_filename(bindir, tries[i], NULL);
		char *probe = g_build_filename(d, "OFL.txt", NULL);
		if (g_file_test(probe, G_FILE_TEST_EXISTS))
			found = g_canonicalize_filename(d, NULL);
		g_free(probe);
		g_free(d);
	}
	g_free(bindir);
	return found ? found : g_strdup("fonts");
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds each font file by name, in sorted order, so the set never depends on
 * directory order. Adding files (not the folder) writes no fontconfig cache. */
static int add_fonts(FcConfig *config, const char *dir, GError **err)
{
	GError *e = NULL;
	GDir *d = g_dir_open(dir, 0, &e);
	if (!d) {
		diag_fail(err, DIAG_IO, "fonts folder %s: %s; set RENDER_FONTS to the "
		          "folder holding the bundled fonts", dir, e->message);
		g_error_free(e);
		return -1;
	}
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	const char *name;
	while ((name = g_dir_read_name(d)))
		if (g_str_has_suffix(name, ".ttf") || g_str_has_suffix(name, ".otf"))
			g_ptr_array_add(names, g_strdup(name));
	g_dir_close(d);
	qsort(names->pdata, names->len, sizeof(char *), cmp_str);
	int added = 0;
	for (guint i = 0; i < names->len; i++) {
		char *path = g_build_filename(dir, names->pdata[i], NULL);
		if (FcConfigAppFontAddFile(config, (const FcChar8 *)path))
			added++;
		g_free(path);
	}
	g_ptr_array_free(names, TRUE);
	if (!added)
		diag_fail(err, DIAG_IO, "fonts folder %s has no usable .ttf or .otf font; "
		          "set RENDER_FONTS to the folder holding the bundled fonts", dir);
	return added ? added : -1;
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
	f->dir = dir ? g_strdup(dir) : find_dir();
	f->sizes = g_hash_table_new_full(size_hash, size_equal, g_free, NULL);

	/* An empty configuration: it reads neither /etc/fonts nor ~/.fonts. */
	FcConfig *config = FcConfigCreate();
	if (add_fonts(config, f->dir, err) < 0) {
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

void fonts_close(Fonts *f)
{
	if (!f)
		return;
	g_clear_object(&f->context);
	g_clear_object(&f->map);
	coverage_free(f->coverage);
	if (f->sizes)
		g_hash_table_destroy(f->sizes);
	g_free(f->dir);
	g_free(f);
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
	char *found = dir ? g_strdup(dir) : find_dir();
	/* A configuration of its own, dropped at once: fontconfig alone starts
	 * no thread, and a folder without fonts fails here once rather than in
	 * every worker. */
	FcConfig *config = FcConfigCreate();
	int added = add_fonts(config, found, err);
	FcConfigDestroy(config);
	if (added < 0) {
		g_free(found);
		return NULL;
	}
	return found;
}
