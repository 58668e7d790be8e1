/* fv-window.h — the main window: the story's facts in three tabs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fv-page.h"
#include "fv-session.h"

G_BEGIN_DECLS

#define FV_TYPE_WINDOW (fv_window_get_type ())

G_DECLARE_FINAL_TYPE (FvWindow, fv_window, FV, WINDOW, AdwApplicationWindow)

FvWindow  *fv_window_new         (GtkApplication *application);
FvModel   *fv_window_get_model   (FvWindow       *self);
void       fv_window_set_model   (FvWindow       *self,
                                  FvModel        *model);
void       fv_window_load_file   (FvWindow       *self,
                                  GFile          *file);
void       fv_window_check_quotes_in (FvWindow   *self,
                                      const char *source_id,
                                      GFile      *file);

G_END_DECLS
