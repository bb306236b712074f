/* diag: error values in the render domain; see diag.h. */
#include "diag.h"

#include <stdarg.h>

G_DEFINE_QUARK(render-error-quark, diag_error)

gboolean diag_at(GError **err, const char *path, int line, int col,
                 const char *fmt, ...)
{
	if (!err || *err)
		return FALSE;
	va_list ap;
	va_start(ap, fmt);
	char *what = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	GString *msg = g_string_new(path);
	if (line > 0)
		g_string_append_printf(msg, ":%d", line);
	if (line > 0 && col > 0)
		g_string_append_printf(msg, ":%d", col);
	g_string_append_printf(msg, ": %s", what);
	g_set_error_literal(err, DIAG_ERROR, DIAG_DATA, msg->str);
	g_string_free(msg, TRUE);
	g_free(what);
	return FALSE;
}

gboolean diag_fail(GError **err, DiagCode code, const char *fmt, ...)
{
	if (!err || *err)
		return FALSE;
	va_list ap;
	va_start(ap, fmt);
	char *what = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	g_set_error_literal(err, DIAG_ERROR, code, what);
	g_free(what);
	return FALSE;
}

char *diag_quote(const char *text)
{
	GString *o = g_string_new(NULL);
	int n = 0;
	for (const char *p = text; *p && n < 60; p = g_utf8_next_char(p), n++) {
		gunichar c = g_utf8_get_char(p);
		if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029)
			c = ' ';
		g_string_append_unichar(o, c);
	}
	if (n == 60 && g_utf8_strlen(text, -1) > 60)
		g_string_append(o, "\u2026");
	return g_string_free(o, FALSE);
}

gboolean diag_glyphs(GError **err, TextMeasurer *tm, const char *text,
                     const char *path, int line, int col, const char *what)
{
	gunichar c = text ? tm->missing_glyph(tm, text) : 0;
	if (!c)
		return TRUE;
	char ch[8] = {0}, *q = diag_quote(text);
	g_unichar_to_utf8(c, ch);
	if (path)
		diag_at(err, path, line, col, "%s \"%s\": the bundled fonts have no glyph "
		        "for \"%s\" (U+%04X); use Latin, Greek or Cyrillic text", what, q, ch, c);
	else   /* an option's text: the command line is wrong, and has no line:col */
		diag_fail(err, DIAG_USAGE, "%s \"%s\": the bundled fonts have no glyph for "
		          "\"%s\" (U+%04X); use Latin, Greek or Cyrillic text", what, q, ch, c);
	g_free(q);
	return FALSE;
}
