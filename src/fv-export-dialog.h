/* fv-export-dialog.h — choose a chart, its size and scale, and where to save it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fv-chart-export.h"
#include "fv-session.h"

G_BEGIN_DECLS

#define FV_TYPE_EXPORT_DIALOG (fv_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FvExportDialog, fv_export_dialog, FV, EXPORT_DIALOG, GtkWindow)

FvExportDialog *fv_export_dialog_new       (GtkWindow      *parent,
                                            FvSession      *session,
                                            const FvChart  *chart);
void            fv_export_dialog_start_export (FvExportDialog *self,
                                               GFile          *file);

G_END_DECLS
