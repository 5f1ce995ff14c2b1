import { ClientMessages } from "@/app/_components/client-messages";
import { MyNav } from "./_components/my-nav";

/** The subject's pages share a small navigation; each page authenticates itself. */
export default function MyLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <ClientMessages namespaces={["portal.nav"]}>
        <MyNav />
      </ClientMessages>
      {children}
    </>
  );
}
