package io.allywatch.engine.money;

import java.math.BigDecimal;

/** An amount of money read from text: value in units (84000000), ISO 4217 currency, offsets in the text searched. */
public record MoneyMention(int start, int end, BigDecimal amount, String currency) {
}
