/* fv-fact-reader.h — what every kind of fact has: an id, links, dates, sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-json-reader.h"

G_BEGIN_DECLS

void fv_reader_register_ids (FvReader   *r,
                             const char *name,
                             JsonArray  *array,
                             FvKind      kind,
                             gpointer    base,
                             gsize       size);
gconstpointer fv_reader_read_ref (FvReader   *r,
                                  JsonObject *object,
                                  const char *name,
                                  FvKind      kind,
                                  gboolean    required);
gconstpointer *fv_reader_read_ref_array (FvReader   *r,
                                         JsonObject *object,
                                         const char *name,
                                         FvKind      kind,
                                         guint      *n_out);
gboolean fv_reader_read_date (FvReader   *r,
                              JsonObject *object,
                              const char *date_name,
                              const char *precision_name,
                              gboolean    required,
                              FvDate     *date);
void fv_reader_read_references (FvReader           *r,
                                JsonObject         *object,
                                const char * const *fields,
                                FvReferences       *refs);

G_END_DECLS
