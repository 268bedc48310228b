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

read_data <- function(file) {
  df <- read.csv(file.path(datasets, file), na.strings = c("NA", "", " "), stringsAsFactors = FALSE,
                 check.names = FALSE)
  for (column in names(df)) if (is.character(df[[column]])) df[[column]] <- factor(df[[column]], levels = sort(unique(df[[column]])))
  df
}
event_of <- function(df, event, value) {
  if (is.null(value)) as.numeric(df[[event]]) else as.numeric(as.character(df[[event]]) == value)
}
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
    survfit(Surv(time, status) ~ 1, conf.type = conf_type, conf.int = conf_level)
  } else {
    df$.s <- df[[strata]]
    f <- survfit(Surv(time, status) ~ .s, data = df, conf.type = conf_type, conf.int = conf_level)
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
  fit <- if (is.null(strata)) survdiff(Surv(.time, .status) ~ .g, data = df, rho = rho) else {
    df$.s <- df[[strata]]
    survdiff(Surv(.time, .status) ~ .g + strata(.s), data = df, rho = rho)
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
    coxph(as.formula(paste(lhs, "~", rhs)), data = df, ties = opt(args, "--ties", "efron")),
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
  s <- summary(fit)
  co <- s$coefficients
  ci <- s$conf.int
  terms <- gsub("`", "", rownames(co))
  lines <- c("term,coef,exp_coef,se,z,p,lower,upper",
             paste(terms, num(co[, "coef"]), num(co[, "exp(coef)"]), num(co[, "se(coef)"]), num(co[, "z"]),
                   num(co[, "Pr(>|z|)"]), num(ci[, "lower .95"]), num(ci[, "upper .95"]), sep = ","),
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
