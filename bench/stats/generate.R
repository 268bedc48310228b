# Synthetic churn data for the benchmark: Rscript generate.R N DIR
# Writes little-endian binary columns (f64 doubles, i32 integers) that both R and Java read without parsing.
args <- commandArgs(trailingOnly = TRUE)
n <- as.integer(args[1])
dir <- args[2]
dir.create(dir, showWarnings = FALSE, recursive = TRUE)
set.seed(20261122)
group <- rbinom(n, 1, 0.5)
x1 <- rnorm(n)
x2 <- rbinom(n, 1, 0.3)
x3 <- runif(n)
rate <- 0.002 * exp(0.4 * group + 0.3 * x1 - 0.5 * x2 + 0.2 * x3)
event_time <- rexp(n, rate)
censor_time <- runif(n, 0, 1500)
continuous <- pmin(event_time, censor_time)
status <- as.integer(event_time <= censor_time)
day <- pmax(1, ceiling(continuous))  # integer days: about 1,500 distinct values, heavy ties
put <- function(name, values, size) {
  con <- file(file.path(dir, name), "wb")
  writeBin(values, con, size = size, endian = "little")
  close(con)
}
put("time_day.f64", as.double(day), 8)
put("time_cont.f64", as.double(continuous), 8)
put("status.i32", status, 4)
put("group.i32", as.integer(group), 4)
put("x1.f64", x1, 8)
put("x2.f64", as.double(x2), 8)
put("x3.f64", x3, 8)
