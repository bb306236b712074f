/* fuzz_csv: the CSV reader (table.c) on any bytes: every cell it gives back
 * has a position inside the file, every error keeps the message promises. */
#include "fuzz.h"
#include "table.h"

#include <stdlib.h>
#include <string.h>

enum { C_DATE, C_LABEL, C_NOTE, NCOLS };

int fuzz_csv_one(const uint8_t *data, size_t size)
{
	static const TableColumn cols[NCOLS] = {
		[C_DATE] = {"date", TRUE}, [C_LABEL] = {"label", FALSE}, [C_NOTE] = {"note", FALSE},
	};
	const char *path = fuzz_file(data, size);
	GError *err = NULL;
	Table *t = table_read(path, cols, NCOLS, &err);
	if (!t) {
		fuzz_check_error(err, path);
		return 0;
	}
	for (int r = 0; r < table_rows(t); r++)
		for (int c = 0; c < NCOLS; c++) {
			const TableCell *cell = table_cell(t, r, c);
			if (cell->line < 1 || cell->col < 1)
				abort();
			const char *text = table_field(t, r, c);
			if (text && *text) {
				int line = 0, col = 0;   /* the last character, as glyph errors ask */
				table_locate(t, r, c, (gsize)(g_utf8_prev_char(text + strlen(text)) - text),
				             &line, &col);
				if (line < cell->line || col < 1)
					abort();
				fuzz_check_text("a cell", text);
			}
		}
	table_free(t);
	return 0;
}

#ifndef FUZZ_NO_ENTRY
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_csv_one(data, size);
}
#endif
