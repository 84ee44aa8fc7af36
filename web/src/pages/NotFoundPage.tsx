import { PageTitle } from "../components/PageTitle";
import { useI18n } from "../i18n";
import { Link } from "../router";

export default function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle title={t("notFound.title")} />
      <p>
        <Link to="/">{t("notFound.home")}</Link>
      </p>
    </>
  );
}
