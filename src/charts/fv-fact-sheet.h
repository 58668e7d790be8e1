/* fv-fact-sheet.h — the whole story as pages, every fact with its source
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <pango/pangocairo.h>

#include "fv-chart.h"

G_BEGIN_DECLS

typedef enum
{
  FV_PAPER_A4,
  FV_PAPER_LETTER,
} FvPaper;

typedef struct _FvFactSheet FvFactSheet;

gboolean     fv_paper_from_name         (const char          *name,
                                         FvPaper             *paper);
FvPaper      fv_paper_for_locale        (void);
void         fv_paper_get_size          (FvPaper              paper,
                                         double              *width,
                                         double              *height);

FvFactSheet *fv_fact_sheet_new          (FvModel             *model,
                                         const char * const  *languages);
FvFactSheet *fv_fact_sheet_new_with_texts (FvModel           *model,
                                           const char * const *languages,
                                           GHashTable        *source_texts);
void         fv_fact_sheet_free         (FvFactSheet         *sheet);
guint        fv_fact_sheet_paginate     (FvFactSheet         *sheet,
                                         PangoContext        *pango,
                                         double               page_width,
                                         double               page_height);
void         fv_fact_sheet_draw_page    (FvFactSheet         *sheet,
                                         cairo_t             *cr,
                                         guint                page);

gboolean     fv_fact_sheet_export       (FvModel             *model,
                                         const char * const  *languages,
                                         FvPaper              paper,
                                         const char          *path,
                                         GCancellable        *cancellable,
                                         GError             **error);
void         fv_fact_sheet_export_async (FvModel             *model,
                                         const char * const  *languages,
                                         FvPaper              paper,
                                         const char          *path,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean     fv_fact_sheet_export_finish (GAsyncResult       *result,
                                          GError            **error);

/* As the three above, and each source whose text @source_texts holds
 * (its id → FvSourceText *) has its quotations checked against it. */
gboolean     fv_fact_sheet_export_with_texts (FvModel             *model,
                                              const char * const  *languages,
                                              GHashTable          *source_texts,
                                              FvPaper              paper,
                                              const char          *path,
                                              GCancellable        *cancellable,
                                              GError             **error);
void         fv_fact_sheet_export_with_texts_async (FvModel             *model,
                                                    const char * const  *languages,
                                                    GHashTable          *source_texts,
                                                    FvPaper              paper,
                                                    const char          *path,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvFactSheet, fv_fact_sheet_free)

G_END_DECLS
