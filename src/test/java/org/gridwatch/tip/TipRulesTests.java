package org.gridwatch.tip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.NotAllowedException;
import org.junit.jupiter.api.Test;

/** The tip's guarded state changes and the masks of a sealed identity, without Spring. */
class TipRulesTests {

    static final Instant NOW = Instant.parse("2026-07-01T02:00:00Z");
    static final Recorder OFFICER = new Recorder(7L, "张警官");

    static Tip received() {
        return new Tip(new TipData(TipCategory.TELECOM_FRAUD, "  冒充客服退款  ", TipSourceKind.RESIDENT, "李四", null, 1,
                NOW, List.of(3L), null, null, null, null, null), null, OFFICER, NOW);
    }

    @Test
    void aNewTipIsReceivedAndStampedWithItsRecorder() {
        Tip tip = received();
        assertThat(tip.getStatus()).isEqualTo(TipStatus.RECEIVED);
        assertThat(tip.getRecordedByName()).isEqualTo("张警官");
        assertThat(tip.getContent()).isEqualTo("冒充客服退款");
    }

    @Test
    void aReceivedTipIsVerifiedThenHandedOverWithWhoAndWhen() {
        Tip tip = received();
        tip.verify(OFFICER, NOW.plusSeconds(60));
        assertThat(tip.getStatus()).isEqualTo(TipStatus.VERIFIED);
        assertThat(tip.getVerifiedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(tip.getVerifiedByName()).isEqualTo("张警官");
        tip.handOver("  经开分局反诈中心 ", OFFICER, NOW.plusSeconds(120));
        assertThat(tip.getStatus()).isEqualTo(TipStatus.HANDED_OVER);
        assertThat(tip.getHandedOverTo()).isEqualTo("经开分局反诈中心");
        assertThat(tip.getHandedOverAt()).isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void aReceivedOrVerifiedTipMayBeDismissedWithAReason() {
        Tip received = received();
        received.dismiss("重复线索", OFFICER, NOW);
        assertThat(received.getStatus()).isEqualTo(TipStatus.DISMISSED);
        assertThat(received.getDismissalReason()).isEqualTo("重复线索");
        Tip verified = received();
        verified.verify(OFFICER, NOW);
        verified.dismiss("经核实无违法事实", OFFICER, NOW);
        assertThat(verified.getStatus()).isEqualTo(TipStatus.DISMISSED);
    }

    @Test
    void aReceivedTipCannotBeHandedOverBeforeItIsVerified() {
        Tip tip = received();
        assertThatThrownBy(() -> tip.handOver("反诈中心", OFFICER, NOW)).isInstanceOf(NotAllowedException.class);
        assertThat(tip.getStatus()).isEqualTo(TipStatus.RECEIVED);
    }

    @Test
    void aTipIsVerifiedOnlyOnce() {
        Tip tip = received();
        tip.verify(OFFICER, NOW);
        assertThatThrownBy(() -> tip.verify(OFFICER, NOW)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aClosedTipCannotBeDismissedVerifiedHandedOverOrChanged() {
        Tip handedOver = received();
        handedOver.verify(OFFICER, NOW);
        handedOver.handOver("反诈中心", OFFICER, NOW);
        assertThatThrownBy(() -> handedOver.dismiss("迟到的理由", OFFICER, NOW)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> handedOver.handOver("另一单位", OFFICER, NOW)).isInstanceOf(NotAllowedException.class);
        Tip dismissed = received();
        dismissed.dismiss("误报", OFFICER, NOW);
        assertThatThrownBy(() -> dismissed.verify(OFFICER, NOW)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> dismissed.change(new TipData(TipCategory.OTHER, "改", TipSourceKind.ANONYMOUS, null,
                null, 1, NOW, List.of(3L), null, null, null, null, null), NOW))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void handingOverNeedsAUnitAndDismissingNeedsAReason() {
        Tip tip = received();
        tip.verify(OFFICER, NOW);
        assertThatThrownBy(() -> tip.handOver("  ", OFFICER, NOW)).isInstanceOf(RejectedInput.class);
        assertThatThrownBy(() -> tip.dismiss(null, OFFICER, NOW)).isInstanceOf(RejectedInput.class);
        assertThat(tip.getStatus()).isEqualTo(TipStatus.VERIFIED);
    }

    @Test
    void namesAreMaskedToTheirFirstCharacterWhateverTheirLength() {
        assertThat(SourceMask.name("张三丰")).isEqualTo("张**");
        assertThat(SourceMask.name("欧阳娜娜")).isEqualTo("欧**");
        assertThat(SourceMask.name("李")).isEqualTo("李**");
        assertThat(SourceMask.name("  ")).isNull();
        assertThat(SourceMask.name("𠀋明")).isEqualTo("𠀋**");
    }

    @Test
    void mobileNumbersKeepThreeAndFourDigitsOtherContactsAlmostNothing() {
        assertThat(SourceMask.contact("13812340000")).isEqualTo("138****0000");
        assertThat(SourceMask.contact("+86 138-1234-0000")).isEqualTo("138****0000");
        assertThat(SourceMask.contact("wx_zhangsan88")).isEqualTo("w****88");
        assertThat(SourceMask.contact("12345")).isEqualTo("****");
        assertThat(SourceMask.contact(null)).isNull();
    }

    @Test
    void theTimelineSummaryIsTheStartOfTheContentOnOneLine() {
        assertThat(TipManagement.summary("第一行\n  第二行")).isEqualTo("第一行 第二行");
        String longText = "诈".repeat(200);
        assertThat(TipManagement.summary(longText)).hasSize(TipManagement.SUMMARY_LENGTH).endsWith("…");
    }
}
