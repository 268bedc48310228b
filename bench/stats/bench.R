# One timed R run: Rscript bench.R (km|logrank|cox) (day|cont) DIR  -> prints "seconds=<elapsed of the computation>"
suppressPackageStartupMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
method <- args[1]
kind <- args[2]
dir <- args[3]
get <- function(name, what, size) {
  path <- file.path(dir, name)
  readBin(path, what, n = file.size(path) / size, size = size, endian = "little")
}
time <- get(paste0("time_", kind, ".f64"), "double", 8)
status <- get("status.i32", "integer", 4)
group <- get("group.i32", "integer", 4)
if (method == "cox") {
  x1 <- get("x1.f64", "double", 8)
  x2 <- get("x2.f64", "double", 8)
  x3 <- get("x3.f64", "double", 8)
}
elapsed <- system.time(
  result <- switch(method,
    km = survfit(Surv(time, status) ~ group),
    logrank = survdiff(Surv(time, status) ~ group),
    cox = coxph(Surv(time, status) ~ x1 + x2 + x3))
)[["elapsed"]]
summary_value <- switch(method,
  km = summary(result)$table[1, "median"],
  logrank = result$chisq,
  cox = coef(result)[1])
cat(sprintf("seconds=%.3f check=%.10g\n", elapsed, summary_value))
