/* diag: error values in the render domain; see diag.h. */
#include "diag.h"

#include <stdarg.h>

G_DEFINE_QUARK(render-error-quark, diag_error)

/* Appends text, each character that is not printable written as an escape
 * (\n, \t, \x1b, \u200e, a byte of invalid UTF-8 as \xff), so a message can
 * neither move the terminal's cursor nor hide what the data holds. At most
 * max characters of text (-1: all); returns whether all of it fit. */
static gboolean escape_into(GString *o, const char *text, gssize max)
{
	const char *p = text;
	for (gssize n = 0; *p && (max < 0 || n < max); n++) {
		gunichar c = g_utf8_get_char_validated(p, -1);
		if (c == (gunichar)-1 || c == (gunichar)-2) {
			g_string_append_printf(o, "\\x%02x", (unsigned char)*p++);
			continue;
		}
		p = g_utf8_next_char(p);
		if (c == '\n' || c == '\t' || c == '\r')
			g_string_append_printf(o, "\\%c", c == '\n' ? 'n' : c == '\t' ? 't' : 'r');
		else if (c < 0x80 && !g_ascii_isprint((int)c))
			g_string_append_printf(o, "\\x%02x", c);
		else if (c >= 0x80 && (!g_unichar_isprint(c) || c == 0x2028 || c == 0x2029))
			g_string_append_printf(o, c > 0xffff ? "\\U%08x" : "\\u%04x", c);
		else
			g_string_append_unichar(o, c);
	}
	return *p == '\0';
}

/* A whole message as it may be shown: every non-printable escaped. */
static void set_error(GError **err, DiagCode code, const char *message)
{
	GString *o = g_string_new(NULL);
	escape_into(o, message, -1);
	g_set_error_literal(err, DIAG_ERROR, code, o->str);
	g_string_free(o, TRUE);
}

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
	set_error(err, DIAG_DATA, msg->str);
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
	set_error(err, code, what);
	g_free(what);
	return FALSE;
}

char *diag_quote(const char *text)
{
	GString *o = g_string_new(NULL);
	if (!escape_into(o, text, 60))
		g_string_append(o, "\u2026");
	return g_string_free(o, FALSE);
}

char *diag_escape(const char *text)
{
	GString *o = g_string_new(NULL);
	escape_into(o, text, -1);
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
	else   /* an option's text: the command line is wrong */
		diag_fail(err, DIAG_USAGE, "%s \"%s\": the bundled fonts have no glyph for "
		          "\"%s\" (U+%04X) at character %ld; use Latin, Greek or Cyrillic "
		          "text", what, q, ch, c,
		          g_utf8_pointer_to_offset(text, g_utf8_strchr(text, -1, c)) + 1);
	g_free(q);
	return FALSE;
}
