# Regenerates every R reference fixture used by the Java tests.
#
#   cd stats/src/test/resources/reference && Rscript make-reference.R
#
# Needs R with the survival package (Debian: r-base-core r-cran-survival).
# Each line of the *.cases files is "name|command line of fidele-stats"; this script writes
# <name>.csv in exactly the CSV layout the command line prints, computed by R itself.
# Factor levels are sorted in the C locale, as the Java code sorts strings.
Sys.setlocale("LC_COLLATE", "C")
suppressPackageStartupMessages(library(survival))

datasets <- "../datasets"
write_csv_lines <- function(name, lines) writeLines(lines, file.path(".", paste0(name, ".csv")))
num <- function(x) ifelse(is.na(x), "NA", ifelse(is.infinite(x), ifelse(x > 0, "Inf", "-Inf"), sprintf("%.17g", x)))

# The exported R data sets (survival package), so the Java side reads the very same rows.
write.csv(survival::lung, file.path(datasets, "lung.csv"), row.names = FALSE)
write.csv(survival::heart, file.path(datasets, "heart.csv"), row.names = FALSE)

# Continuous times with near-ties (R's timefix / aeqSurv merges them): gaps of 1e-9 (absolute near-ties), 2e-9
# relative (near-ties only relative to the mean time), chains of 1e-8 links (merged into their first time), 1e-3
# (distinct) and exact duplicates; entry times for counting-process cases, some a near-tie of another row's exit.
make_near_ties <- function(file) {
  set.seed(20261123)
  n <- 400
  time <- rexp(n, 1 / 300)
  pick <- sample(n, 120)
  src <- pick[1:20]
  time[pick[21:40]] <- time[src] + rep(c(1e-9, -1e-9), 10)
  time[pick[41:60]] <- time[src] * (1 + 2e-9)
  for (link in 1:3) time[pick[60 + link * 10 + 1:10 - 10]] <- time[pick[101:110]] + link * 1e-8
  time[pick[91:100]] <- time[src[1:10]] + 1e-3
  time[pick[111:120]] <- time[src[11:20]]
  start <- ifelse(runif(n) < 0.3, time * runif(n, 0.1, 0.5), 0)
  for (i in which(start > 0)[1:15]) {
    j <- which.max(ifelse(time < time[i] / 2, time, -Inf))
    start[i] <- time[j] + 1e-9
  }
  df <- data.frame(time = sprintf("%.17g", time), start = sprintf("%.17g", start), status = rbinom(n, 1, 0.7),
                   group = sample(c("a", "b", "c"), n, replace = TRUE), site = sample(1:2, n, replace = TRUE),
                   x1 = sprintf("%.17g", rnorm(n)), x2 = rbinom(n, 1, 0.4))
  write.csv(df, file, row.names = FALSE, quote = FALSE)
}
make_near_ties(file.path(datasets, "near-ties.csv"))

read_data <- function(file) {
  df <- read.csv(file.path(datasets, file), na.strings = c("NA", "", " "), stringsAsFactors = FALSE,
                 check.names = FALSE)
  for (column in names(df)) if (is.character(df[[column]])) df[[column]] <- factor(df[[column]], levels = sort(unique(df[[column]])))
  df
}
event_of <- function(df, event, value) {
  if (is.null(value)) as.numeric(df[[event]]) else as.numeric(as.character(df[[event]]) == value)
}
timefix_of <- function(args) !("--no-timefix" %in% args)
opt <- function(args, key, default = NULL) {
  i <- match(key, args)
  if (is.na(i)) default else args[i + 1]
}

km_case <- function(name, args) {
  df <- read_data(opt(args, "--data"))
  strata <- opt(args, "--strata")
  used <- c(opt(args, "--time"), opt(args, "--event"), strata)
  df <- df[complete.cases(df[, used, drop = FALSE]), ]
  time <- df[[opt(args, "--time")]]
  status <- event_of(df, opt(args, "--event"), opt(args, "--event-value"))
  conf_type <- opt(args, "--conf-type", "log")
  conf_level <- as.numeric(opt(args, "--conf-level", "0.95"))
  fit <- if (is.null(strata)) {
    survfit(Surv(time, status) ~ 1, conf.type = conf_type, conf.int = conf_level, timefix = timefix_of(args))
  } else {
    df$.s <- df[[strata]]
    f <- survfit(Surv(time, status) ~ .s, data = df, conf.type = conf_type, conf.int = conf_level,
                 timefix = timefix_of(args))
    names(f$strata) <- sub("^\\.s=", paste0(strata, "="), names(f$strata))
    f
  }
  labels <- if (is.null(fit$strata)) rep("", length(fit$time)) else rep(names(fit$strata), fit$strata)
  if ("--summary" %in% args) {
    tau <- opt(args, "--tau")
    table <- survival:::survmean(fit, rmean = if (is.null(tau)) "common" else as.numeric(tau))$matrix
    if (is.null(dim(table))) table <- matrix(table, nrow = 1, dimnames = list(NULL, names(table)))
    strata_names <- if (is.null(fit$strata)) "" else names(fit$strata)
    lines <- c("strata,n,events,median,median_lower,median_upper,rmst,rmst_se",
               paste(strata_names, table[, "records"], table[, "events"], num(table[, "median"]), num(table[, 8]),
                     num(table[, 9]), num(table[, "rmean"]), num(table[, "se(rmean)"]), sep = ","))
  } else {
    lines <- c("strata,time,n_risk,n_event,n_censor,surv,std_err,lower,upper",
               paste(labels, num(fit$time), fit$n.risk, fit$n.event, fit$n.censor, num(fit$surv), num(fit$std.err),
                     num(fit$lower), num(fit$upper), sep = ","))
  }
  write_csv_lines(name, lines)
}

logrank_case <- function(name, args) {
  df <- read_data(opt(args, "--data"))
  strata <- opt(args, "--strata")
  group <- opt(args, "--group")
  used <- c(opt(args, "--time"), opt(args, "--event"), group, strata)
  df <- df[complete.cases(df[, used, drop = FALSE]), ]
  df$.time <- df[[opt(args, "--time")]]
  df$.status <- event_of(df, opt(args, "--event"), opt(args, "--event-value"))
  df$.g <- df[[group]]
  rho <- as.numeric(opt(args, "--rho", "0"))
  # survival 3.5-3's survdiff passes a timefix argument on to model.frame, which fails; change its default instead.
  test <- survdiff
  formals(test)$timefix <- timefix_of(args)
  fit <- if (is.null(strata)) test(Surv(.time, .status) ~ .g, data = df, rho = rho) else {
    df$.s <- df[[strata]]
    test(Surv(.time, .status) ~ .g + strata(.s), data = df, rho = rho)
  }
  expected <- if (is.matrix(fit$exp)) rowSums(fit$exp) else fit$exp
  df_test <- sum(expected > 0) - 1
  write_csv_lines(name, c("chisq,df,p", paste(num(fit$chisq), df_test,
                                             num(pchisq(fit$chisq, df_test, lower.tail = FALSE)), sep = ",")))
}

cox_case <- function(name, args) {
  df <- read_data(opt(args, "--data"))
  covariates <- strsplit(opt(args, "--covariates"), ",")[[1]]
  strata <- opt(args, "--strata")
  counting <- !is.null(opt(args, "--start"))
  times <- if (counting) c(opt(args, "--start"), opt(args, "--stop")) else opt(args, "--time")
  used <- c(times, opt(args, "--event"), covariates, strata)
  df <- df[complete.cases(df[, used, drop = FALSE]), ]
  df$.status <- event_of(df, opt(args, "--event"), opt(args, "--event-value"))
  lhs <- if (counting) sprintf("Surv(`%s`, `%s`, .status)", times[1], times[2]) else sprintf("Surv(`%s`, .status)", times)
  rhs <- paste(sprintf("`%s`", covariates), collapse = " + ")
  if (!is.null(strata)) rhs <- paste0(rhs, sprintf(" + strata(`%s`)", strata))
  problem <- NULL
  fit <- withCallingHandlers(
    coxph(as.formula(paste(lhs, "~", rhs)), data = df, ties = opt(args, "--ties", "efron"),
          control = coxph.control(timefix = timefix_of(args))),
    warning = function(w) {
      problem <<- conditionMessage(w)
      invokeRestart("muffleWarning")
    })
  if (is.null(problem) && any(is.na(coef(fit)))) problem <- "singular design: a coefficient is NA"
  if (!is.null(problem)) {
    # R warns or drops a column; fidele-stats refuses with an error instead of printing a wrong number.
    write_csv_lines(name, c("error", gsub("[\r\n,]+", " ", problem)))
    return(invisible())
  }
  s <- summary(fit, conf.int = as.numeric(opt(args, "--conf-level", "0.95")))
  co <- s$coefficients
  ci <- s$conf.int  # columns exp(coef), exp(-coef), lower .95, upper .95 (named after the level)
  terms <- gsub("`", "", rownames(co))
  lines <- c("term,coef,exp_coef,se,z,p,lower,upper",
             paste(terms, num(co[, "coef"]), num(co[, "exp(coef)"]), num(co[, "se(coef)"]), num(co[, "z"]),
                   num(co[, "Pr(>|z|)"]), num(ci[, 3]), num(ci[, 4]), sep = ","),
             "",
             "loglik_null,loglik,lrt,wald,score,concordance,n,events",
             paste(num(fit$loglik[1]), num(fit$loglik[2]), num(2 * diff(fit$loglik)), num(fit$wald.test),
                   num(fit$score), num(fit$concordance["concordance"]), fit$n, fit$nevent, sep = ","))
  write_csv_lines(name, lines)
  v <- fit$var
  write_csv_lines(paste0(name, "-var"), apply(v, 1, function(row) paste(num(row), collapse = ",")))
}

cases <- unlist(lapply(sort(list.files(".", pattern = "\\.cases$")), readLines))
for (line in cases[nzchar(cases) & !startsWith(cases, "#")]) {
  parts <- strsplit(line, "|", fixed = TRUE)[[1]]
  name <- parts[1]
  args <- scan(text = parts[2], what = "", quiet = TRUE)
  switch(args[1], km = km_case(name, args), logrank = logrank_case(name, args), cox = cox_case(name, args))
  cat("wrote", name, "\n")
}
