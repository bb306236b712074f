/* filecmp: comparing figure files by what they say; see filecmp.h. */
#include "filecmp.h"
#include "pngpix.h"

#include <string.h>
#include <zlib.h>

/* The stream's data inflated, or NULL when it is not zlib data. */
static GByteArray *inflate_all(const guint8 *data, gsize len)
{
	z_stream z = {0};
	if (inflateInit(&z) != Z_OK)
		return NULL;
	GByteArray *out = g_byte_array_new();
	z.next_in = (Bytef *)data;
	z.avail_in = (uInt)len;
	guint8 buf[16384];
	int st = Z_OK;
	while (st == Z_OK) {
		z.next_out = buf;
		z.avail_out = sizeof buf;
		st = inflate(&z, Z_NO_FLUSH);
		g_byte_array_append(out, buf, (guint)(sizeof buf - z.avail_out));
		if (st == Z_BUF_ERROR && z.avail_in == 0)
			break;
	}
	inflateEnd(&z);
	if (st != Z_STREAM_END) {
		g_byte_array_free(out, TRUE);
		return NULL;
	}
	return out;
}

/* Replaces every match of pattern in text (raw bytes) with repl. */
static void replace_all(GString *text, const char *pattern, const char *repl)
{
	GRegex *re = g_regex_new(pattern, G_REGEX_RAW | G_REGEX_DOTALL, 0, NULL);
	char *done = g_regex_replace(re, text->str, (gssize)text->len, 0, repl, 0, NULL);
	g_string_assign(text, done);
	g_free(done);
	g_regex_unref(re);
}

/* The object numbers of indirect stream lengths (/Length N 0 R). */
static GPtrArray *length_objects(const char *text, gsize len)
{
	GPtrArray *nums = g_ptr_array_new_with_free_func(g_free);
	GRegex *re = g_regex_new("/Length ([0-9]+) 0 R", G_REGEX_RAW, 0, NULL);
	GMatchInfo *m = NULL;
	g_regex_match_full(re, text, (gssize)len, 0, 0, &m, NULL);
	while (g_match_info_matches(m)) {
		g_ptr_array_add(nums, g_match_info_fetch(m, 1));
		g_match_info_next(m, NULL);
	}
	g_match_info_free(m);
	g_regex_unref(re);
	return nums;
}

/* What depends on compressed sizes taken out of the text between streams. */
static void mask_sizes(GString *text, const GPtrArray *length_objs)
{
	for (guint i = 0; i < length_objs->len; i++) {
		char *pat = g_strdup_printf("(\\n%s 0 obj\\s+)[0-9]+(\\s+endobj)",
		                            (const char *)length_objs->pdata[i]);
		replace_all(text, pat, "\\1#\\2");
		g_free(pat);
	}
	replace_all(text, "/Length [0-9]+(?! [0-9]+ 0 R)(?=[\\s/>])", "/Length #");
	replace_all(text, "\\nxref\\n.*?\\ntrailer", "\\nxref trailer");
	replace_all(text, "startxref\\s+[0-9]+", "startxref");
}

/* Where the stream keyword after from begins its data: the offset past its
 * end of line, or 0 when there is no further stream. */
static gsize next_stream(const guint8 *d, gsize len, gsize from, gsize *keyword)
{
	for (gsize at = from; at + 7 < len; at++) {
		const guint8 *hit = memmem(d + at, len - at, "stream", 6);
		if (!hit)
			return 0;
		at = (gsize)(hit - d);
		gboolean keyword_start = at == 0 || d[at - 1] == '>' || d[at - 1] == '\n' ||
		                         d[at - 1] == '\r' || d[at - 1] == ' ';
		gsize eol = at + 6;
		if (!keyword_start)
			continue;
		if (eol < len && d[eol] == '\r')
			eol++;
		if (eol < len && d[eol] == '\n') {
			*keyword = at;
			return eol + 1;
		}
	}
	return 0;
}

GBytes *filecmp_pdf_content(GBytes *pdf)
{
	gsize len = 0;
	const guint8 *d = g_bytes_get_data(pdf, &len);
	GPtrArray *lens = length_objects((const char *)d, len);
	GString *out = g_string_new(NULL);
	gsize pos = 0, keyword = 0, data;
	gboolean ok = TRUE, any = FALSE;
	while (ok && (data = next_stream(d, len, pos, &keyword))) {
		const guint8 *end = memmem(d + data, len - data, "endstream", 9);
		ok = end != NULL;
		if (!ok)
			break;
		any = TRUE;
		gsize stop = (gsize)(end - d);
		if (stop > data && d[stop - 1] == '\n')
			stop--;
		if (stop > data && d[stop - 1] == '\r')
			stop--;
		GString *text = g_string_new_len((const char *)d + pos, (gssize)(keyword - pos));
		mask_sizes(text, lens);
		g_string_append_len(out, text->str, (gssize)text->len);
		/* The dictionary just before says whether the data is Flate. */
		const char *dict = g_strrstr_len(text->str, (gssize)text->len, "<<");
		gboolean flate = dict && strstr(dict, "/FlateDecode");
		g_string_free(text, TRUE);
		GByteArray *plain = flate ? inflate_all(d + data, stop - data) : NULL;
		g_string_append(out, plain ? "stream inflated\n" : "stream\n");
		g_string_append_len(out, plain ? (const char *)plain->data : (const char *)d + data,
		                    plain ? (gssize)plain->len : (gssize)(stop - data));
		if (plain)
			g_byte_array_free(plain, TRUE);
		pos = (gsize)(end - d);
	}
	if (ok && any) {
		GString *tail = g_string_new_len((const char *)d + pos, (gssize)(len - pos));
		mask_sizes(tail, lens);
		g_string_append_len(out, tail->str, (gssize)tail->len);
		g_string_free(tail, TRUE);
	}
	g_ptr_array_free(lens, TRUE);
	if (!ok || !any) {
		g_string_free(out, TRUE);
		return NULL;
	}
	return g_string_free_to_bytes(out);
}

/* An SVG as text: CRLF and LF line ends alike (git may convert them). */
static GBytes *svg_text(GBytes *svg)
{
	gsize len = 0;
	const char *d = g_bytes_get_data(svg, &len);
	GString *out = g_string_sized_new(len);
	for (gsize i = 0; i < len; i++)
		if (!(d[i] == '\r' && i + 1 < len && d[i + 1] == '\n'))
			g_string_append_c(out, d[i]);
	return g_string_free_to_bytes(out);
}

static gboolean same_png(GBytes *a, GBytes *b, char **why)
{
	PngPix *pa = pngpix_read(a), *pb = pngpix_read(b);
	gboolean same = FALSE;
	if (!pa || !pb)
		*why = g_strdup(!pa ? "the first is no PNG" : "the second is no PNG");
	else if (pa->width != pb->width || pa->height != pb->height)
		*why = g_strdup_printf("%d x %d pixels against %d x %d", pa->width, pa->height,
		                       pb->width, pb->height);
	else {
		/* Pixels first: what a reader sees is what a reviewer asks about. */
		PngPixDiff d = pngpix_compare(pa, pb);
		same = d.changed == 0 && strcmp(pa->texts, pb->texts) == 0;
		if (d.changed)
			*why = g_strdup_printf("%" G_GINT64_FORMAT " pixels differ, within "
			                       "x %d-%d, y %d-%d", d.changed, d.x0, d.x1 - 1,
			                       d.y0, d.y1 - 1);
		else if (!same)
			*why = g_strdup("its text chunks (title, alt text) differ");
	}
	pngpix_free(pa);
	pngpix_free(pb);
	return same;
}

gboolean filecmp_same(const char *name, GBytes *a, GBytes *b, char **why)
{
	char *scratch = NULL;
	if (!why)
		why = &scratch;
	*why = NULL;
	gboolean same = g_bytes_equal(a, b);
	if (same)
		return TRUE;
	if (g_str_has_suffix(name, ".png")) {
		same = same_png(a, b, why);
	} else if (g_str_has_suffix(name, ".svg")) {
		GBytes *ta = svg_text(a), *tb = svg_text(b);
		same = g_bytes_equal(ta, tb);
		g_bytes_unref(ta);
		g_bytes_unref(tb);
		if (!same)
			*why = g_strdup("its text differs");
	} else if (g_str_has_suffix(name, ".pdf")) {
		GBytes *ca = filecmp_pdf_content(a), *cb = filecmp_pdf_content(b);
		same = ca && cb && g_bytes_equal(ca, cb);
		if (ca)
			g_bytes_unref(ca);
		if (cb)
			g_bytes_unref(cb);
		if (!same)
			*why = g_strdup("its content differs");
	} else {
		*why = g_strdup("its bytes differ");
	}
	g_free(scratch);
	return same;
}
